import { Problem, problems } from '../http/problem.ts';

/**
 * Why a marked copy could not be made. One stable type, `copy-not-possible`: the client
 * shows the detail; the original in the evidence store is never touched either way.
 */
export const COPY_NOT_POSSIBLE = 'copy-not-possible';
const TITLE = '无法生成带标记的副本';

export const copyProblems = {
  unsupportedType: (mediaType: string) =>
    problems.unprocessable(
      COPY_NOT_POSSIBLE,
      TITLE,
      `该类型的文件（${mediaType || '未知类型'}）暂不支持生成带标记的副本；原件未受影响，可请档案管理员处理。`,
      { mediaType },
    ),
  damagedPdf: () =>
    problems.unprocessable(
      COPY_NOT_POSSIBLE,
      TITLE,
      '该 PDF 已加密或已损坏，无法生成带标记的副本；原件未受影响，可请档案管理员处理。',
    ),
  damagedImage: () =>
    problems.unprocessable(
      COPY_NOT_POSSIBLE,
      TITLE,
      '该图片已损坏或格式无法识别，无法生成带标记的副本；原件未受影响，可请档案管理员处理。',
    ),
  damagedMedia: () =>
    problems.unprocessable(
      COPY_NOT_POSSIBLE,
      TITLE,
      '该音视频文件已损坏或封装格式无法识别，无法生成带标记的副本；原件未受影响，可请档案管理员处理。',
    ),
  /** The server lacks a tool: not the file's fault, so 503 and a message for the administrator. */
  toolMissing: (tool: string) =>
    new Problem(
      503,
      COPY_NOT_POSSIBLE,
      TITLE,
      `服务器未安装 ${tool}（或 FFMPEG_PATH 设置有误），暂时无法生成带标记的副本。请联系系统管理员安装 ${tool} 后重试。`,
      { tool },
    ),
};
