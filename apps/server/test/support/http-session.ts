import { BOOTSTRAP_ADMIN_USERNAME } from '../../src/identity/bootstrap-admin.ts';

/**
 * A signed-in client of a server reached over real HTTP (a server in its own process):
 * keeps the session cookie, sends the CSRF header, and sets up an agency with an officer
 * through the API as an administrator would.
 */
export class HttpSession {
  cookie = '';
  csrfToken = '';
  readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  /** The same signed-in client against another address (the server after a restart). */
  at(baseUrl: string): HttpSession {
    const moved = new HttpSession(baseUrl);
    moved.cookie = this.cookie;
    moved.csrfToken = this.csrfToken;
    return moved;
  }

  authHeaders(): Record<string, string> {
    return { cookie: this.cookie, 'x-csrf-token': this.csrfToken };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever the API answered
  async json(method: string, url: string, body?: unknown): Promise<any> {
    const response = await fetch(this.baseUrl + url, {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const session = response.headers.get('set-cookie')?.match(/liuhen_session=([^;]*)/)?.[1];
    if (session !== undefined) this.cookie = `liuhen_session=${session}`;
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${url} → ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  /** Signs in with a one-time password and replaces it with `password`. */
  async firstSignIn(username: string, oneTimePassword: string, password: string) {
    const login = await this.json('POST', '/api/v1/auth/login', {
      username,
      password: oneTimePassword,
    });
    this.csrfToken = login.csrfToken;
    await this.json('POST', '/api/v1/auth/password', {
      currentPassword: oneTimePassword,
      newPassword: password,
    });
  }
}

export const PROCESS_PASSWORD = 'Zhifa-2026-anquan';

/**
 * On a freshly started server: the administrator signs in with the printed one-time
 * password and creates an agency with one officer, who is returned signed in.
 */
export async function officerOfNewAgency(
  baseUrl: string,
  adminOneTimePassword: string,
): Promise<{ officer: HttpSession; agencyId: string }> {
  const admin = new HttpSession(baseUrl);
  await admin.firstSignIn(BOOTSTRAP_ADMIN_USERNAME, adminOneTimePassword, PROCESS_PASSWORD);
  const agency = await admin.json('POST', '/api/v1/agencies', {
    name: '常山县综合行政执法局',
    code: '常综执',
  });
  const department = await admin.json('POST', `/api/v1/agencies/${agency.id}/departments`, {
    name: '执法一中队',
  });
  const created = await admin.json('POST', '/api/v1/users', {
    username: 'cs.zhang',
    displayName: '张三',
    agencyId: agency.id,
    departmentId: department.id,
    roles: ['officer'],
    certificateNumber: 'cs-001',
  });
  const officer = new HttpSession(baseUrl);
  await officer.firstSignIn('cs.zhang', created.oneTimePassword, PROCESS_PASSWORD);
  return { officer, agencyId: agency.id };
}
