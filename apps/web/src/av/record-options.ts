import { recordTypeSpec } from '@liuhen/domain';
import type { CaseDetail, CaseRecordView } from '../api/cases.ts';
import { recordChains } from '../cases/case-facts.ts';
import { formatChinaTime } from '../cases/china-time.ts';

/** 《询问笔录》 2025-03-03 09:30, as a select option or a line in the drawer. */
export function recordLabel(record: CaseRecordView): string {
  return `《${recordTypeSpec(record.type).label}》 ${formatChinaTime(record.madeAt)}`;
}

/** The case's text records in force (corrected versions left out), for linking an AV to. */
export function currentRecords(detail: CaseDetail): CaseRecordView[] {
  return recordChains(detail.records).map((chain) => chain.current);
}

export function recordOptions(records: readonly CaseRecordView[]) {
  return records.map((record) => ({ value: record.id, label: recordLabel(record) }));
}

/** 作为证据使用的音像资料文字说明 of the case, in force. */
export function evidenceNotes(detail: CaseDetail): CaseRecordView[] {
  return currentRecords(detail).filter((record) => record.type === 'av_evidence_note');
}

/** Any version of a record, by id: an AV may point at a version since corrected. */
export function recordById(detail: CaseDetail, id: string | null): CaseRecordView | undefined {
  return id ? detail.records.find((record) => record.id === id) : undefined;
}
