/**
 * RFC 9457 problem details. `type` is stable: clients and tests switch on it; `title` and
 * `detail` are Chinese sentences a clerk can act on.
 */
export const PROBLEM_TYPE_BASE = 'https://liuhen.org/problems/';

export interface InvalidParam {
  /** Dotted path of the offending field, e.g. `body.roles.0`. */
  readonly name: string;
  readonly reason: string;
}

export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly invalidParams?: readonly InvalidParam[];
  readonly [extension: string]: unknown;
}

/** `body.username` + reason → `username（reason）`: the location prefix means nothing to a clerk. */
function describeParam(param: InvalidParam): string {
  return `${param.name.replace(/^(body|querystring|params|headers)\./, '')}（${param.reason}）`;
}

export class Problem extends Error {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly detail: string;
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(
    status: number,
    slug: string,
    title: string,
    detail: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(`${slug}: ${detail}`);
    this.name = 'Problem';
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.detail = detail;
    this.extensions = extensions;
  }

  toBody(instance?: string): ProblemBody {
    return {
      type: PROBLEM_TYPE_BASE + this.slug,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...this.extensions,
    };
  }
}

export const problems = {
  validation: (invalidParams: InvalidParam[]) =>
    new Problem(
      400,
      'validation-failed',
      '提交的内容有误',
      `请修改以下字段后重试：${[...new Set(invalidParams.map(describeParam))].join('；')}`,
      { invalidParams },
    ),
  malformedJson: () =>
    new Problem(400, 'malformed-json', '请求格式错误', '请求体不是有效的 JSON，请检查后重试。'),
  unsupportedMediaType: () =>
    new Problem(
      415,
      'unsupported-media-type',
      '不支持的内容类型',
      '请以 application/json 格式提交。',
    ),
  bodyTooLarge: (limitBytes: number) =>
    new Problem(
      413,
      'body-too-large',
      '提交的内容过大',
      `请求体超过上限 ${Math.floor(limitBytes / 1024)} KB。大文件请使用上传功能。`,
    ),
  notFound: (what = '您访问的地址') =>
    new Problem(404, 'not-found', '未找到', `${what}不存在，或您无权查看。`),
  methodNotAllowed: () =>
    new Problem(405, 'method-not-allowed', '不支持的操作', '该地址不支持此请求方法。'),
  unauthenticated: () =>
    new Problem(401, 'unauthenticated', '尚未登录', '请先登录，或登录已过期，请重新登录。'),
  invalidCredentials: () =>
    new Problem(401, 'invalid-credentials', '用户名或密码错误', '用户名或密码错误，请核对后重试。'),
  accountLocked: (retryAfterSeconds: number) =>
    new Problem(
      429,
      'login-locked',
      '登录已暂时锁定',
      `连续登录失败次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试，或联系系统管理员。`,
      { retryAfterSeconds },
    ),
  passwordChangeLocked: (retryAfterSeconds: number) =>
    new Problem(
      429,
      'password-change-locked',
      '修改密码已暂时锁定',
      `当前密码连续输错次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试，或联系系统管理员重置密码。`,
      { retryAfterSeconds },
    ),
  accountDeactivated: () =>
    new Problem(
      403,
      'account-deactivated',
      '账号已停用',
      '该账号已停用，如需恢复请联系系统管理员。',
    ),
  passwordChangeRequired: () =>
    new Problem(
      403,
      'password-change-required',
      '请先修改密码',
      '您正在使用一次性密码，修改密码后才能继续操作。',
    ),
  csrf: () =>
    new Problem(
      403,
      'csrf-token-invalid',
      '请求校验失败',
      '页面已过期或请求来源不可信，请刷新页面后重试。',
    ),
  forbidden: (detail = '您没有执行此操作的权限。') =>
    new Problem(403, 'forbidden', '无权操作', detail),
  conflict: (slug: string, title: string, detail: string, extensions?: Record<string, unknown>) =>
    new Problem(409, slug, title, detail, extensions),
  unprocessable: (
    slug: string,
    title: string,
    detail: string,
    extensions?: Record<string, unknown>,
  ) => new Problem(422, slug, title, detail, extensions),
  internal: () =>
    new Problem(
      500,
      'internal-error',
      '系统内部错误',
      '系统出现内部错误，已记录。请稍后重试或联系系统管理员。',
    ),
  unavailable: (detail: string) => new Problem(503, 'service-unavailable', '服务暂不可用', detail),
};
