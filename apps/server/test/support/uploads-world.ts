import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { logIdFor } from '../../src/ledger/log-id.ts';
import { agencyWithOfficers, openCaseBody } from './case-fixtures.ts';
import { metadataHeader } from './evidence-fixtures.ts';
import { entriesOf } from './ledger-helpers.ts';
import { rows } from './rows.ts';
import { authHeaders, listen } from './tus-client.ts';
import { createAndSignIn, createTestApp, signInAdmin, type Client } from './test-app.ts';

/**
 * An agency with an officer and an open case, an officer of another agency, the server
 * listening on a port (tus-js-client speaks real HTTP), and the hand-made tus requests the
 * protocol's paths are tested with.
 */
export async function uploadsWorld() {
  const testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const base = await listen(testApp);
  const admin = await signInAdmin(testApp);
  const agency = await agencyWithOfficers(testApp, admin, {
    name: '常山县综合行政执法局',
    code: '常综执',
    profileId: 'seed-000',
    prefix: 'up',
  });
  const officer = agency.handler.client;
  const other = (await admin.post('/api/v1/agencies', { name: '平罗县某局', code: '平某' })).json();
  const otherDepartment = (
    await admin.post(`/api/v1/agencies/${other.id}/departments`, { name: '执法二中队' })
  ).json();
  const outsider = (
    await createAndSignIn(testApp, admin, {
      username: 'pl.wang',
      displayName: '王五',
      agencyId: other.id,
      departmentId: otherDepartment.id,
      roles: ['officer'],
      certificateNumber: 'pl-009',
    })
  ).client;
  const opened = await officer.post('/api/v1/cases', openCaseBody(agency));
  expect(opened.statusCode, opened.body).toBe(201);
  const caseId = opened.json().id as string;

  /** A tus request made by hand, for the protocol's error paths. */
  function tusFetch(
    url: string,
    init: { method: string; headers?: Record<string, string>; body?: RequestInit['body'] },
    client: Client | null = officer,
  ) {
    return fetch(`${base}${url}`, {
      method: init.method,
      headers: {
        'tus-resumable': '1.0.0',
        ...(client === null ? {} : authHeaders(client)),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: init.body, duplex: 'half' }),
    } as RequestInit);
  }

  async function create(
    length: number,
    pairs: Record<string, string>,
    client: Client = officer,
  ): Promise<string> {
    const response = await tusFetch(
      '/api/v1/uploads',
      {
        method: 'POST',
        headers: { 'upload-length': String(length), 'upload-metadata': metadataHeader(pairs) },
      },
      client,
    );
    expect(response.status, await response.clone().text()).toBe(201);
    return response.headers.get('location')!;
  }

  function patch(location: string, offset: number, body: Uint8Array, client: Client = officer) {
    return tusFetch(
      location,
      {
        method: 'PATCH',
        headers: {
          'content-type': 'application/offset+octet-stream',
          'upload-offset': String(offset),
        },
        body,
      },
      client,
    );
  }

  async function evidenceRows(sha256: string) {
    return rows<{ id: string; agency_id: string; sha256: string; sm3: string; size_bytes: string }>(
      testApp.database.db.execute(
        sql`select id, agency_id, sha256, sm3, size_bytes from evidence_objects where sha256 = ${sha256}`,
      ),
    );
  }

  async function agencyEntries() {
    await testApp.ledger.settle();
    return entriesOf(testApp.database.db, logIdFor(agency.agencyId));
  }

  return {
    testApp,
    base,
    admin,
    agency,
    officer,
    outsider,
    caseId,
    tusFetch,
    create,
    patch,
    evidenceRows,
    agencyEntries,
  };
}

export type UploadsWorld = Awaited<ReturnType<typeof uploadsWorld>>;
