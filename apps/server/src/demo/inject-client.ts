import type { FastifyInstance } from 'fastify';

/**
 * A signed-in user talking to the app in-process (no socket): the demo goes through the
 * same routes, validation, rules and ledger as a person in a browser would.
 */
export class InjectClient {
  readonly #app: FastifyInstance;
  #cookie: string | undefined;
  #csrf: string | undefined;

  constructor(app: FastifyInstance) {
    this.#app = app;
  }

  async login(username: string, password: string): Promise<void> {
    const body = await this.send('POST', '/api/v1/auth/login', { username, password });
    this.#csrf = (body as { csrfToken: string }).csrfToken;
  }

  get<T = Record<string, unknown>>(url: string): Promise<T> {
    return this.send('GET', url) as Promise<T>;
  }

  post<T = Record<string, unknown>>(url: string, body: object): Promise<T> {
    return this.send('POST', url, body) as Promise<T>;
  }

  put<T = Record<string, unknown>>(url: string, body: object): Promise<T> {
    return this.send('PUT', url, body) as Promise<T>;
  }

  /** A request with its own headers and a raw body (the tus upload protocol). */
  async raw(
    method: 'POST' | 'PATCH',
    url: string,
    extraHeaders: Record<string, string>,
    payload?: Buffer,
  ) {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.#cookie) headers.cookie = this.#cookie;
    if (this.#csrf) headers['x-csrf-token'] = this.#csrf;
    const response = await this.#app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
    if (response.statusCode >= 400) {
      throw new Error(`demo: ${method} ${url} answered ${response.statusCode}: ${response.body}`);
    }
    return response;
  }

  async send(method: 'GET' | 'POST' | 'PUT', url: string, body?: object): Promise<unknown> {
    const headers: Record<string, string> = {};
    if (this.#cookie) headers.cookie = this.#cookie;
    if (this.#csrf && method !== 'GET') headers['x-csrf-token'] = this.#csrf;
    const response = await this.#app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
    const session = response.cookies.find((cookie) => cookie.name === 'liuhen_session');
    if (session?.value) this.#cookie = `liuhen_session=${session.value}`;
    if (response.statusCode >= 400) {
      throw new Error(`demo: ${method} ${url} answered ${response.statusCode}: ${response.body}`);
    }
    return response.body === '' ? undefined : response.json();
  }
}
