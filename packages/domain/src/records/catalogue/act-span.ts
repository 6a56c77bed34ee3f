import type { Instant } from '../../enforcement/instant.ts';
import { isInstant } from '../../enforcement/instant.ts';
import type { CaseRecord } from '../case-record.ts';
import { SITUATIONS_BY_RECORD_TYPE } from '../record-situations.ts';
import { s000, s002, s003, s004 } from './articles.ts';
import { field, optional } from './field.ts';
import type { RecordTypeSpec } from './spec.ts';

export const ACT_STARTED_AT = 'actStartedAt';
export const ACT_ENDED_AT = 'actEndedAt';

/**
 * 全程不间断记录 "自到达现场开展执法活动时开始…直至执法活动结束" (000 第十四条, 002 第五条(七),
 * 003 第二十一条, 004《全过程记录制度》第十七条): whether the recordings cover the act can only
 * be told against when the act began and ended, so the record of an on-the-spot act (those
 * whose type implies an AV situation) states both. Optional: the record is complete without
 * them, and the coverage rule (rules/av-coverage-gap.ts) checks what is stated.
 */
const coverageArticles = [s000('第十四条'), s002('第五条'), s003('第二十一条'), s004('第十七条')];

const ACT_SPAN_FIELDS = [
  field(ACT_STARTED_AT, 'instant', '到达现场开展执法活动时', coverageArticles, optional),
  field(ACT_ENDED_AT, 'instant', '执法活动结束时', coverageArticles, optional),
];

/**
 * The simplified-procedure record keeps exactly the seven items 002 第六条(二) and 003
 * 第二十四条 give it; its acts are recorded on the transcripts it is made with.
 */
const WITHOUT_SPAN: ReadonlySet<RecordTypeSpec['id']> = new Set(['simplified_procedure_record']);

/** The spec with the act's start and end added, for the types of on-the-spot acts. */
export function withActSpan(spec: RecordTypeSpec): RecordTypeSpec {
  if (SITUATIONS_BY_RECORD_TYPE[spec.id] === undefined || WITHOUT_SPAN.has(spec.id)) return spec;
  return { ...spec, fields: [...spec.fields, ...ACT_SPAN_FIELDS] };
}

export interface ActSpan {
  readonly start: Instant;
  readonly end: Instant;
}

/** When the act the record documents began and ended, if the record states both. */
export function actSpanOf(record: CaseRecord): ActSpan | undefined {
  const start = record.fields[ACT_STARTED_AT];
  const end = record.fields[ACT_ENDED_AT];
  if (!isInstant(start) || !isInstant(end)) return undefined;
  return { start, end };
}
