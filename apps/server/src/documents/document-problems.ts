import { Problem, problems } from '../http/problem.ts';

export const documentProblems = {
  alreadyIssued: (number: string) =>
    problems.conflict(
      'document-already-issued',
      '该文书已签发',
      `该文书已签发，文号为 ${number}。如需重新签发，请先将原文书作废（写明原因）。`,
    ),
  incomplete: (missing: readonly string[]) =>
    problems.unprocessable(
      'document-incomplete',
      '文书内容不全，不能签发',
      `签发前请补全以下内容：${missing.join('、')}。`,
      { missing },
    ),
  masked: () =>
    problems.forbidden(
      '该文书含受保护的个人信息（密级文书），您没有知悉权限，不能查看或生成文书原文。',
    ),
  alreadyVoid: () =>
    problems.conflict('document-already-voided', '该文书已作废', '该文书已经作废，无需再次作废。'),
  caseClosed: () =>
    problems.conflict(
      'case-file-closed',
      '案卷已关闭',
      '案件已归档或已作为误立案件关闭，不能再签发或作废文书。',
    ),
  fontMissing: (detail: string) =>
    new Problem(503, 'document-font-missing', '缺少中文字体，无法生成文书', detail),
};
