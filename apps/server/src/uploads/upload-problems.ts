import { Problem, problems } from '../http/problem.ts';
import { OFFSET_CONTENT_TYPE, TUS_VERSION } from './tus-headers.ts';
import type { DigestAlgorithm } from './upload-declaration.ts';

/** 000 第十七条, second paragraph: the reason a state-secret file is refused. */
export const STATE_SECRET_CITATION = { seed: '000', article: '第十七条' } as const;

const ALGORITHM_LABELS: Record<DigestAlgorithm, string> = { sha256: 'SHA-256', sm3: 'SM3' };

function sizeText(bytes: number): string {
  const gib = bytes / 1024 ** 3;
  if (gib >= 1) return `${Number.isInteger(gib) ? gib : gib.toFixed(1)} GiB`;
  return `${Math.ceil(bytes / 1024 ** 2)} MiB`;
}

/** Every refusal the upload endpoints give, each with a stable type and a clerk's sentence. */
export const uploadProblems = {
  notFound: () => problems.notFound('该上传'),
  noAgency: () => problems.forbidden('只有执法机关的工作人员可以上传证据文件。'),
  tusVersion: () =>
    new Problem(
      412,
      'tus-version-unsupported',
      '上传协议版本不受支持',
      `本系统支持 tus ${TUS_VERSION} 断点续传协议，请在请求头 Tus-Resumable 中声明 ${TUS_VERSION}。`,
    ),
  contentType: () =>
    new Problem(
      415,
      'unsupported-media-type',
      '不支持的内容类型',
      `续传的文件内容须以 ${OFFSET_CONTENT_TYPE} 格式提交。`,
    ),
  tooLarge: (maxBytes: number) =>
    new Problem(
      413,
      'upload-too-large',
      '文件过大',
      `文件超过单个文件的上限 ${sizeText(maxBytes)}，请联系系统管理员。`,
      { maxBytes },
    ),
  stateSecret: () =>
    problems.unprocessable(
      'state-secret-refused',
      '涉密文件不得上传',
      '该文件标记为涉及国家秘密。依据《柳林镇行政执法全过程记录制度》（柳政发〔2024〕12号）第十七条，不得使用非涉密信息设备存储、处理涉及国家秘密的行政执法音像资料；本系统不是涉密信息设备，请按保密规定通过涉密设备存储和处理。',
      { citations: [STATE_SECRET_CITATION] },
    ),
  offsetMismatch: (durableOffset: number) =>
    problems.conflict(
      'upload-offset-mismatch',
      '续传位置不一致',
      `服务器已可靠保存到第 ${durableOffset} 字节，请从该位置继续上传。`,
      { offset: durableOffset },
    ),
  beyondLength: (lengthBytes: number) =>
    problems.validation([
      { name: 'Content-Length', reason: `发送的内容超出了声明的文件大小 ${lengthBytes} 字节` },
    ]),
  busy: () =>
    problems.conflict(
      'upload-busy',
      '该文件正在上传',
      '该文件正由另一个连接上传，请稍后重试；若原连接已断开，约一分钟后即可继续。',
    ),
  completedCannotTerminate: () =>
    problems.conflict(
      'upload-completed',
      '文件已存入，不能取消',
      '该文件已校验并存入专用存储器，原始音像资料不得删改，不能再取消上传。',
    ),
  closed: (status: 'rejected' | 'terminated') =>
    new Problem(
      410,
      'upload-closed',
      status === 'rejected' ? '该上传已被拒绝' : '该上传已取消',
      status === 'rejected'
        ? '该上传未通过校验，已被拒绝，请重新上传该文件。'
        : '该上传已取消，请重新上传该文件。',
    ),
  hashMismatch: (algorithm: DigestAlgorithm) =>
    new Problem(
      460,
      'upload-hash-mismatch',
      '文件校验不一致',
      `服务器收到的文件与上传时声明的 ${ALGORITHM_LABELS[algorithm]} 校验值不一致：文件在传输途中被改动或损坏，未予保存。请重新上传该文件。`,
    ),
  caseNotFound: () => problems.notFound('该案件'),
};
