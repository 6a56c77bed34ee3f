/**
 * The station's signed-in connection to a Liuhen server: the session cookie and the CSRF
 * token every change needs, and problem+json answers turned into errors a clerk can read.
 */
export class ServerError extends Error {
  readonly status: number;
  readonly type: string | undefined;

  constructor(status: number, type: string | undefined, detail: string) {
    super(detail);
    this.status = status;
    this.type = type;
  }

  /** The stable part of the problem type, e.g. `evidence-not-stored`. */
  get slug(): string | undefined {
    return this.type?.split('/').at(-1);
  }
}

/** A problem+json answer (or whatever came instead) as an error. */
export function problemFromBody(status: number, text: string): ServerError {
  try {
    const problem = JSON.parse(text) as { type?: string; detail?: string; title?: string };
    return new ServerError(
      status,
      problem.type,
      problem.detail ?? problem.title ?? `服务器返回 ${status}`,
    );
  } catch {
    return new ServerError(status, undefined, `服务器返回 ${status}：${text.slice(0, 200)}`);
  }
}

export async function problemOf(response: Response): Promise<ServerError> {
  return problemFromBody(response.status, await response.text());
}

export class ServerSession {
  readonly baseUrl: string;
  #cookie = '';
  #csrf = '';

  private constructor(baseUrl: string) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  static async signIn(baseUrl: string, username: string, password: string) {
    const session = new ServerSession(baseUrl);
    const response = await fetch(`${session.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw await problemOf(response);
    const cookie = response.headers.get('set-cookie')?.match(/liuhen_session=([^;]*)/)?.[1];
    if (cookie === undefined)
      throw new ServerError(response.status, undefined, '服务器没有返回会话');
    session.#cookie = `liuhen_session=${cookie}`;
    const signedIn = (await response.json()) as {
      csrfToken: string;
      user: { mustChangePassword: boolean };
    };
    session.#csrf = signedIn.csrfToken;
    if (signedIn.user.mustChangePassword) {
      throw new ServerError(
        403,
        undefined,
        '该账号仍在使用一次性密码，请先在浏览器中登录并修改密码。',
      );
    }
    return session;
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { cookie: this.#cookie, 'x-csrf-token': this.#csrf, ...extra };
  }

  async json<T>(method: string, url: string, body?: unknown): Promise<T> {
    const response = await fetch(this.baseUrl + url, {
      method,
      headers: this.headers(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw await problemOf(response);
    return (await response.json()) as T;
  }

  /** A raw request with the session; the caller reads the answer. */
  fetch(url: string, init: { method: string; headers?: Record<string, string> }) {
    return fetch(this.baseUrl + url, { ...init, headers: this.headers(init.headers) });
  }
}
