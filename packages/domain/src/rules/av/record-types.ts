import { recordTypeSpec } from '../../records/catalogue/index.ts';
import type { CaseRecord } from '../../records/case-record.ts';

/** 《询问（调查）笔录》（record-7）: the document and the id a clerk can search for. */
export function describeRecord(record: CaseRecord): string {
  return `《${recordTypeSpec(record.type).label}》（${record.id}）`;
}
