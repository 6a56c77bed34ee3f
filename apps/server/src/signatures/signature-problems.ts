import { Problem, problems } from '../http/problem.ts';

/** The refusals of signature capture, each with what the clerk can do about it. */
export const signatureProblems = {
  notPng: () =>
    new Problem(
      400,
      'signature-image-invalid',
      '签名图像无效',
      '签名图像不是有效的 PNG 图片。请重新在签名框内签名；上传扫描件时请选择 PNG 或 JPEG 图片。',
    ),
  tooLarge: (limitKb: number) =>
    new Problem(
      400,
      'signature-image-too-large',
      '签名图像过大',
      `签名图像不能超过 ${limitKb} KB。请重新扫描（降低分辨率）后再上传。`,
    ),
  tooManyPixels: (width: number, height: number, maxSide: number) =>
    new Problem(
      400,
      'signature-image-too-large',
      '签名图像尺寸过大',
      `签名图像为 ${width}×${height} 像素，长宽均不能超过 ${maxSide} 像素。请缩小后再上传。`,
    ),
  blank: () =>
    new Problem(
      400,
      'signature-image-blank',
      '签名图像是空白的',
      '签名框内没有笔迹。请签名人在框内签名后再确认。',
    ),
  roleNotOnDocument: (title: string, labels: readonly string[]) =>
    problems.unprocessable(
      'signature-role-not-on-document',
      '该文书没有这一签名栏',
      labels.length === 0
        ? `《${title}》没有签名栏，不需要采集签名。`
        : `《${title}》的签名栏为：${labels.join('、')}。请选择其中之一。`,
      { roles: labels },
    ),
  refusedOnRecord: () =>
    problems.conflict(
      'signature-refused-on-record',
      '笔录记载当事人拒绝签字',
      '该笔录记载当事人拒绝签字，不能再采集当事人签名。如当事人后来同意签字，请先更正笔录。',
    ),
  documentIssued: (number: string) =>
    problems.conflict(
      'signature-document-issued',
      '文书已签发，签名已固定',
      `该文书已签发（文号 ${number}），签名已随文书固定，不能再采集。如需重新签名，请先将原文书作废（写明原因）。`,
    ),
  masked: () =>
    problems.forbidden('该文书含受保护的个人信息（密级文书），您没有知悉权限，不能查看签名图像。'),
};
