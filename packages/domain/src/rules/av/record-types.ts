import { formatShanghai } from '../../enforcement/instant.ts';
import { recordTypeSpec } from '../../records/catalogue/index.ts';
import type { CaseRecord } from '../../records/case-record.ts';

/**
 * 《询问（调查）笔录》（2025-03-03 10:00 制作）: how a clerk finds a record on the case page.
 * The finding's `subjectId` carries the id for software; a message is read by people.
 */
export function describeRecord(record: CaseRecord): string {
  return `《${recordTypeSpec(record.type).label}》（${formatShanghai(record.createdAt)} 制作）`;
}
