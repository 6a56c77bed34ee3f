import { ACCESS_CITATIONS } from '@liuhen/domain';
import { Problem, problems } from '../http/problem.ts';

/** Refusals of the ways an issued document is handed out: proof bundle, batch print, party copy. */
export const handoutProblems = {
  /**
   * Same type as the ledger reader's own refusal, so a client retries both alike: the
   * checkpointer signs about once a second, so the bundle is there a moment later.
   */
  proofPending: () =>
    problems.conflict(
      'ledger-entry-not-checkpointed',
      '核验包尚未生成，请稍后再试',
      '该文书的签发记录尚未被签名检查点覆盖（每秒签名一次），请稍后再试。',
    ),
  proofMissing: (number: string) =>
    problems.conflict(
      'document-not-on-ledger',
      '留痕日志中没有该文书的签发记录',
      `文书 ${number} 在留痕日志中找不到签发记录，无法生成核验包。请联系系统管理员运行“liuhen ledger verify”核查。`,
    ),
  notOfCase: (numbers: readonly string[]) =>
    problems.unprocessable(
      'document-not-of-case',
      '所选文书不属于本案',
      `以下文书不属于本案，请重新选择：${numbers.join('、')}。`,
    ),
  voided: (numbers: readonly string[]) =>
    problems.conflict(
      'document-voided',
      '所选文书已作废',
      `以下文书已作废，不能打印或复制：${numbers.join('、')}。`,
    ),
  partyCopyNotApproved: () =>
    new Problem(
      403,
      'party-copy-not-approved',
      '当事人复制未经批准',
      '当事人复制执法文书，须经机关负责人同意（001 第十二条）：请先在本案提交“当事人复制”申请，写明当事人并勾选“复制（下载）”，批准后在有效期内复制。',
      { citations: [ACCESS_CITATIONS.partyCopy] },
    ),
};
