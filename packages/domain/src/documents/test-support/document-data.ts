import type { RecordTypeId } from '../../records/record-type-ids.ts';
import type { DocumentData } from '../document-data.ts';
import { sampleDocumentData } from '../sample-document-data.ts';

export { SAMPLE_FACTS } from '../sample-document-data.ts';

/** A 行政处罚决定书's data for 张三, with every item the law asks for. */
export function documentData(
  type: RecordTypeId = 'decision_document',
  fields: Record<string, unknown> = {
    facts: '2026年11月3日，当事人在天宁区东横街擅自占用城市道路摆摊设点经营。',
    reasons: '当事人的行为影响市容环境卫生，且经劝阻未改正。',
    legalBasis: '《城市市容和环境卫生管理条例》第十四条、第三十六条',
    decision: '给予警告，并处罚款。',
    headOpinion: '同意',
    issuedAt: '2026-12-07T02:00:00.000Z',
  },
  overrides: Partial<DocumentData> = {},
): DocumentData {
  return sampleDocumentData(type, fields, overrides);
}
