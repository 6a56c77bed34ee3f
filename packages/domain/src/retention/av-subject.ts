import type { EnforcementCase } from '../enforcement/enforcement-case.ts';
import { shanghaiDateOf } from '../enforcement/instant.ts';
import type { AvRecord } from '../records/av-record.ts';
import type { RetentionCategory } from './retention-category.ts';
import type { AvRetentionSubject, CaseFileLink } from './retention-subject.ts';

/**
 * The categories people decide and the records do not show: whether a case is 涉访、涉诉
 * or 重大、疑难、复杂, or that the agency wants one recording kept (004 "其他需要永久保存的
 * 情形"). A case's `majorDecision` flag (重大行政执法决定) is not taken to mean 重大执法活动:
 * the first is a procedural status, the second a judgement the regulations leave to people.
 */
export type DeclaredRetentionCategory = Extract<
  RetentionCategory,
  'major_complex_case' | 'petition_or_litigation' | 'other_permanent'
>;

/**
 * An AV record as retention sees it. Evidence in a penalty case (`actType` 'penalty') is
 * 行政处罚证据; evidence in any other case, or in none known, is 案件证据 only. The
 * situations `obstruction` and `major_incident` are the regulations' categories of the
 * same words.
 */
export function avRetentionSubject(
  av: AvRecord,
  enforcementCase: EnforcementCase | undefined,
  caseFile: CaseFileLink,
  declared: readonly DeclaredRetentionCategory[] = [],
): AvRetentionSubject {
  const categories = new Set<RetentionCategory>(declared);
  if (av.usedAsEvidence) {
    categories.add(enforcementCase?.actType === 'penalty' ? 'penalty_evidence' : 'case_evidence');
  }
  if (av.situations.includes('obstruction')) categories.add('obstruction');
  if (av.situations.includes('major_incident')) categories.add('major_incident');
  return {
    kind: 'av',
    recordedOn: shanghaiDateOf(av.recordingEndedAt),
    categories: [...categories],
    caseFile,
  };
}
