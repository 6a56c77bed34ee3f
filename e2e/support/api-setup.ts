import { createHash } from 'node:crypto';
import { makeSampleVideo } from '../../apps/server/src/media/make-sample-video.ts';

/**
 * Sets up an agency and its people through the HTTP API, as the administrator would in the
 * browser (that path has its own browser test: admin-onboarding.test.ts), so that a browser
 * test can spend its time on the work it is about.
 */
export class ApiSession {
  #cookie = '';
  #csrf = '';
  readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever the API answered
  async call(method: string, url: string, body?: unknown): Promise<{ status: number; json: any }> {
    const response = await fetch(this.baseUrl + url, {
      method,
      headers: {
        ...(this.#cookie ? { cookie: this.#cookie } : {}),
        ...(this.#csrf && method !== 'GET' ? { 'x-csrf-token': this.#csrf } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    const session = setCookie?.match(/liuhen_session=([^;]*)/)?.[1];
    if (session !== undefined) this.#cookie = `liuhen_session=${session}`;
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  }

  /** A file the API serves (a PDF), as bytes. */
  async download(url: string): Promise<Buffer> {
    const response = await fetch(this.baseUrl + url, { headers: { cookie: this.#cookie } });
    if (!response.ok) throw new Error(`GET ${url} → ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  async expect(method: string, url: string, body?: unknown) {
    const { status, json } = await this.call(method, url, body);
    if (status >= 300) throw new Error(`${method} ${url} → ${status}: ${JSON.stringify(json)}`);
    return json;
  }

  /**
   * Stores a file as a client does (tus: a creation, one PATCH with the whole file, its
   * SHA-256 declared); returns the evidence object's id.
   */
  async storeEvidence(file: { bytes: Buffer; name: string; type?: string }): Promise<string> {
    const headers = { cookie: this.#cookie, 'x-csrf-token': this.#csrf, 'tus-resumable': '1.0.0' };
    const metadata = Object.entries({
      filename: file.name,
      filetype: file.type ?? 'video/mp4',
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
    })
      .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
      .join(',');
    const created = await fetch(`${this.baseUrl}/api/v1/uploads`, {
      method: 'POST',
      headers: {
        ...headers,
        'upload-length': String(file.bytes.length),
        'upload-metadata': metadata,
      },
    });
    if (created.status !== 201) {
      throw new Error(`upload ${file.name} → ${created.status}: ${await created.text()}`);
    }
    const location = new URL(created.headers.get('location')!, this.baseUrl).toString();
    const patched = await fetch(location, {
      method: 'PATCH',
      headers: {
        ...headers,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': '0',
      },
      body: new Uint8Array(file.bytes),
    });
    if (patched.status !== 204) {
      throw new Error(`upload ${file.name} → ${patched.status}: ${await patched.text()}`);
    }
    const status = await fetch(location, { headers: { cookie: this.#cookie } });
    const upload = (await status.json()) as { status: string; evidenceObject?: { id: string } };
    if (upload.status !== 'completed' || upload.evidenceObject === undefined) {
      throw new Error(`upload ${file.name} not stored: ${JSON.stringify(upload)}`);
    }
    return upload.evidenceObject.id;
  }

  /** Signs in with a one-time password and replaces it with `password`. */
  async firstSignIn(username: string, oneTimePassword: string, password: string) {
    const login = await this.expect('POST', '/api/v1/auth/login', {
      username,
      password: oneTimePassword,
    });
    this.#csrf = login.csrfToken;
    await this.expect('POST', '/api/v1/auth/password', {
      currentPassword: oneTimePassword,
      newPassword: password,
    });
  }
}

export interface PersonSpec {
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly certificateNumber?: string;
}

/** A person of the agency's department, signed in with the password they chose. */
export async function addPerson(
  admin: ApiSession,
  ids: { readonly agencyId: string; readonly departmentId: string },
  person: PersonSpec,
  password: string,
): Promise<{ session: ApiSession; id: string }> {
  const created = await admin.expect('POST', '/api/v1/users', {
    ...person,
    agencyId: ids.agencyId,
    departmentId: ids.departmentId,
  });
  const session = new ApiSession(admin.baseUrl);
  await session.firstSignIn(person.username, created.oneTimePassword, password);
  return { session, id: created.user.id as string };
}

/** An agency under a profile, one department, and people who have chosen their passwords. */
export async function setUpAgency(
  admin: ApiSession,
  options: {
    readonly name: string;
    readonly code: string;
    readonly profileId: string;
    readonly department: string;
    readonly people: readonly PersonSpec[];
    readonly password: string;
  },
) {
  const agency = await admin.expect('POST', '/api/v1/agencies', {
    name: options.name,
    code: options.code,
  });
  await admin.expect('PUT', `/api/v1/agencies/${agency.id}/profile`, {
    profileId: options.profileId,
  });
  const department = await admin.expect('POST', `/api/v1/agencies/${agency.id}/departments`, {
    name: options.department,
  });
  const ids = { agencyId: agency.id as string, departmentId: department.id as string };
  for (const person of options.people) await addPerson(admin, ids, person, options.password);
  return { agencyId: agency.id as string, departmentId: department.id as string };
}

/** An ordinary penalty case against one person, handled by `handler` with `assistant`. */
export async function openPenaltyCase(
  handler: { readonly session: ApiSession; readonly id: string },
  assistantId: string,
  options: { readonly name: string; readonly departmentId: string; readonly party: string },
): Promise<string> {
  const opened = await handler.session.expect('POST', '/api/v1/cases', {
    name: options.name,
    actType: 'penalty',
    procedure: 'ordinary',
    launchMode: 'ex_officio',
    departmentId: options.departmentId,
    parties: [{ kind: 'natural_person', name: options.party, residentId: '11010519491231002X' }],
    officers: [
      { userId: handler.id, role: 'handler' },
      { userId: assistantId, role: 'assisting' },
    ],
  });
  return opened.id as string;
}

/**
 * A three-second video of an on-site inspection that ended an hour ago (made by ffmpeg in
 * `directory`), uploaded and registered on the case; its recording start is returned.
 */
export async function registerInspectionVideo(
  session: ApiSession,
  caseId: string,
  options: {
    readonly directory: string;
    readonly content: string;
    readonly place: string;
    readonly personPresent: string;
  },
): Promise<Date> {
  const capturedAt = new Date(Date.now() - 3_600_000);
  const video = await makeSampleVideo({
    directory: options.directory,
    name: 'DSJ_0001.mp4',
    seconds: 3,
    capturedAt,
  });
  const objectId = await session.storeEvidence({ bytes: video.bytes, name: 'DSJ_0001.mp4' });
  await session.expect('POST', `/api/v1/cases/${caseId}/av-records`, {
    evidenceObjectId: objectId,
    kind: 'video',
    content: options.content,
    situations: ['on_site_inspection'],
    recordingStartedAt: capturedAt.toISOString(),
    recordingEndedAt: new Date(capturedAt.getTime() + 3000).toISOString(),
    place: options.place,
    personsPresent: [options.personPresent],
    announcementMade: true,
    usedAsEvidence: false,
  });
  return capturedAt;
}
