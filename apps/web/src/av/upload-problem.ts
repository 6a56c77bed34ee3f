import { isProblem, type Problem } from '../api/problem.ts';

/** How an upload ended when it did not end stored. */
export interface UploadFailure {
  readonly phase: 'mismatch' | 'rejected' | 'failed';
  /** What the clerk reads under the file: what happened and what to do. */
  readonly message: string;
  /** The problem type's last segment when the server sent one, e.g. upload-hash-mismatch. */
  readonly type?: string;
}

/** The parts of a tus-js-client error this reads (its DetailedError has them). */
export interface TusErrorLike {
  readonly message?: string;
  readonly originalResponse?: {
    getStatus(): number;
    getBody(): string;
  } | null;
}

const MISMATCH_MESSAGE =
  '服务器收到的内容与本机计算的校验值不一致，未予保存。请确认文件完好后重新上传。';

function slugOf(type: string): string {
  const path = type.split('#')[0] ?? type;
  return path.slice(path.lastIndexOf('/') + 1);
}

function problemOf(body: string | undefined): Problem | undefined {
  if (!body) return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    return isProblem(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function withDetail(lead: string, problem: Problem | undefined): string {
  const detail = problem?.detail?.trim();
  return detail ? `${lead}${detail}` : lead;
}

/**
 * Reads a failed upload's response: 460 or upload-hash-mismatch → 校验不一致 (nothing was
 * stored); 422 state-secret-refused, 413 and other refusals → 已拒绝; anything else
 * (network, server down, session gone) → failed, which the clerk may retry.
 */
export function classifyUploadError(error: TusErrorLike): UploadFailure {
  const response = error.originalResponse ?? null;
  const status = response?.getStatus() ?? 0;
  const problem = problemOf(response?.getBody());
  const type = problem ? slugOf(problem.type) : undefined;
  const typed = type ? { type } : {};

  if (status === 460 || type === 'upload-hash-mismatch') {
    return {
      phase: 'mismatch',
      message: problem?.detail?.trim() || MISMATCH_MESSAGE,
      type: type ?? 'upload-hash-mismatch',
    };
  }
  if (type === 'state-secret-refused') {
    return {
      phase: 'rejected',
      message: withDetail('', problem) || '涉及国家秘密的音像记录不得上传到本系统。',
      ...typed,
    };
  }
  if (status === 413) {
    return {
      phase: 'rejected',
      message: withDetail('文件超过允许的大小。', problem),
      ...typed,
    };
  }
  if (status === 401) {
    return { phase: 'failed', message: '登录已失效，请重新登录后继续上传。', ...typed };
  }
  if (status >= 400 && status < 500 && status !== 404 && status !== 409 && status !== 423) {
    return {
      phase: 'rejected',
      message: withDetail('', problem) || `服务器拒绝了此文件（${status}）。`,
      ...typed,
    };
  }
  if (status >= 500) {
    return {
      phase: 'failed',
      message: withDetail('服务器暂时无法接收，已上传的部分会保留，可稍后继续。', problem),
      ...typed,
    };
  }
  return {
    phase: 'failed',
    message: '网络中断，已上传的部分会保留；网络恢复后点击“继续”即可从断点接着上传。',
    ...typed,
  };
}

/** An upload the server refused after receiving it (GET /uploads/:id says why). */
export function classifyRejection(rejection: { type: string; detail: string }): UploadFailure {
  const type = slugOf(rejection.type);
  if (type === 'upload-hash-mismatch') {
    return {
      phase: 'mismatch',
      message: rejection.detail || MISMATCH_MESSAGE,
      type,
    };
  }
  return { phase: 'rejected', message: rejection.detail || '服务器拒绝了此文件。', type };
}

/** The upload id is the last path segment of the tus upload URL. */
export function uploadIdOf(url: string | null): string | undefined {
  if (!url) return undefined;
  const path = url.split(/[?#]/)[0]!.replace(/\/+$/, '');
  const id = path.slice(path.lastIndexOf('/') + 1);
  return id ? decodeURIComponent(id) : undefined;
}
