import { Problem } from '../http/problem.ts';
import type { ObjectCase } from './object-cases.ts';
import type { RowMismatch } from './verify-rows.ts';

/**
 * A corrupted original is never served as if it were fine: a copy, an export or a viewing
 * of it is refused with this, naming the object (409: the stored object's state, not the
 * request, is what is wrong; nothing the requester changes makes it succeed).
 */
export function evidenceCorrupted(input: {
  readonly evidenceObjectId: string;
  readonly cases: readonly ObjectCase[];
  readonly ledgerEntries: readonly { readonly log: string; readonly seq: number }[];
}) {
  return new Problem(
    409,
    'evidence-corrupted',
    '证据文件已损坏',
    `证据文件（对象 ${input.evidenceObjectId}）的存储内容与入库时记入留痕日志的哈希值不符或已丢失，系统已报警。该文件不能查看、复制或导出，请联系系统管理员从备份恢复。`,
    {
      evidenceObjectId: input.evidenceObjectId,
      caseIds: [...new Set(input.cases.map((c) => c.caseId))],
      ledgerEntries: input.ledgerEntries,
    },
  );
}

/** A sealed row that no longer matches its ledger entry is not put into a document or export. */
export function recordAltered(mismatch: RowMismatch) {
  const where =
    mismatch.ledgerEntry === null
      ? '留痕日志中没有封存它的条目'
      : `与留痕日志 ${mismatch.ledgerEntry.log} 第 ${mismatch.ledgerEntry.seq} 条封存的内容不符`;
  return new Problem(
    409,
    'record-altered',
    '记录已被改动',
    `记录 ${mismatch.rowId}（案件 ${mismatch.caseId ?? '—'}）${where}，系统已报警。该记录不能用于制作文书或导出，请联系系统管理员核查。`,
    {
      kind: mismatch.kind,
      rowId: mismatch.rowId,
      caseId: mismatch.caseId,
      ledgerEntry: mismatch.ledgerEntry,
    },
  );
}
