import { createHash, randomBytes } from 'node:crypto';
import { logIdFor } from '../src/ledger/log-id.ts';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { AgencyFixture } from './support/case-fixtures.ts';
import { metadataHeader, storeEvidence } from './support/evidence-fixtures.ts';
import { holesWorld } from './support/holes-world.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import type { Client, TestApp } from './support/test-app.ts';

/**
 * Issue 14, holes 1, 7 and the inline serving of 12: evidence bytes reached only through the
 * case's policy, uploads in progress touched only by their uploader, stored files that are
 * not media never rendered by the browser.
 */

let testApp: TestApp;
let changshan: AgencyFixture;
let pingluo: AgencyFixture;
let agencyAdmin: { client: Client; id: string };
let supervisor: { client: Client; id: string };
let colleague: { client: Client; id: string };
let caseId: string;

beforeAll(async () => {
  ({ testApp, changshan, pingluo, agencyAdmin, supervisor, colleague, caseId } =
    await holesWorld());
  // Fourteen accounts, each a few scrypt hashes: slow on a loaded two-core machine.
}, 240_000);
afterAll(async () => {
  await testApp.close();
});

function tus(
  client: Client,
  method: 'POST' | 'HEAD' | 'PATCH' | 'DELETE' | 'GET',
  url: string,
  headers: Record<string, string> = {},
  payload?: Buffer,
) {
  return client.app.inject({
    method,
    url,
    headers: {
      cookie: client.cookie!,
      'x-csrf-token': client.csrfToken!,
      'tus-resumable': '1.0.0',
      ...headers,
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

function startUpload(client: Client, bytes: Buffer, extra: Record<string, string> = {}) {
  return tus(client, 'POST', '/api/v1/uploads', {
    'upload-length': String(bytes.length),
    'upload-metadata': metadataHeader({
      filename: extra.filename ?? '现场.mp4',
      filetype: extra.filetype ?? 'video/mp4',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ...extra,
    }),
  });
}

describe('hole 7: only the uploader touches an upload in progress', () => {
  it('a colleague gets 404 to HEAD, PATCH, DELETE and GET, and cannot spoil it', async () => {
    const bytes = randomBytes(200);
    const created = await startUpload(changshan.handler.client, bytes);
    expect(created.statusCode).toBe(201);
    const location = created.headers.location as string;
    const junk = Buffer.alloc(100, 0x6a);
    for (const response of [
      await tus(colleague.client, 'HEAD', location),
      await tus(
        colleague.client,
        'PATCH',
        location,
        { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
        junk,
      ),
      await tus(colleague.client, 'DELETE', location),
      await tus(colleague.client, 'GET', location),
    ]) {
      expect(response.statusCode).toBe(404);
    }
    // An administrator of the agency may look and end it, but never send its bytes.
    expect((await tus(agencyAdmin.client, 'GET', location)).statusCode).toBe(200);
    const adminPatch = await tus(
      agencyAdmin.client,
      'PATCH',
      location,
      { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
      junk,
    );
    expect(adminPatch.statusCode).toBe(404);
    const head = await tus(changshan.handler.client, 'HEAD', location);
    expect(head.headers['upload-offset']).toBe('0');

    const patched = await tus(
      changshan.handler.client,
      'PATCH',
      location,
      { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
      bytes,
    );
    expect(patched.statusCode).toBe(204);
    expect((await tus(changshan.handler.client, 'GET', location)).json().status).toBe('completed');
  });

  it("an administrator's termination is ledgered under his own name", async () => {
    const bytes = randomBytes(64);
    const created = await startUpload(changshan.handler.client, bytes);
    const location = created.headers.location as string;
    expect((await tus(agencyAdmin.client, 'DELETE', location)).statusCode).toBe(204);
    await testApp.ledger.settle();
    const uploadId = location.split('/').at(-1);
    const terminated = (await entriesOf(testApp.database.db, logIdFor(changshan.agencyId))).find(
      (entry) => entry.action === 'evidence.upload_terminated' && entry.target?.id === uploadId,
    );
    expect(terminated?.actor).toMatchObject({ id: agencyAdmin.id, username: 'cs.admin' });
  });

  it('may not be bound to a case the uploader cannot work on', async () => {
    const bytes = randomBytes(32);
    for (const person of [colleague, changshan.legal]) {
      const refused = await startUpload(person.client, bytes, { caseId });
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await startUpload(changshan.assistant.client, bytes, { caseId })).statusCode).toBe(201);
  });
});

describe('hole 1: a docked recording is read through its case policy', () => {
  async function access(client: Client, id: string, purpose: 'view' | 'download' = 'view') {
    return client.post(`/api/v1/imported-files/${id}/access`, { purpose, reason: '核对画面' });
  }

  async function docked(serial: string) {
    const bytes = randomBytes(4096);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await storeEvidence(changshan.handler.client, {
      bytes,
      fileName: '现场.mp4',
      mediaType: 'video/mp4',
    });
    const imported = await changshan.handler.client.post('/api/v1/imported-files', {
      sha256,
      deviceSerial: serial,
      originalPath: `VIDEO/${serial}.mp4`,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().status).toBe('unassigned');
    return imported.json().id as string;
  }

  async function placeOnCase(id: string) {
    const placed = await changshan.handler.client.post(`/api/v1/imported-files/${id}/assignment`, {
      caseId,
      reason: '画面为该案现场',
    });
    expect(placed.statusCode, placed.body).toBe(200);
  }

  it('on a case: only who may watch that case, and every read is in its access history', async () => {
    const id = await docked('DSJ-HOLE-1A');
    await placeOnCase(id);

    // Exactly as for the case's AV records: a colleague not on the case and the agency's
    // administrator are refused, another agency does not learn the file exists.
    expect((await access(colleague.client, id)).statusCode).toBe(403);
    expect((await access(agencyAdmin.client, id)).statusCode).toBe(403);
    expect((await access(pingluo.chief.client, id)).statusCode).toBe(404);

    const handler = await access(changshan.handler.client, id);
    expect(handler.statusCode).toBe(201);
    const watched = await changshan.handler.client.app.inject({
      method: 'GET',
      url: handler.json().url,
      headers: { cookie: changshan.handler.client.cookie!, range: 'bytes=0-9' },
    });
    expect(watched.statusCode).toBe(206);
    expect((await access(supervisor.client, id)).statusCode).toBe(201);
    expect((await access(supervisor.client, id, 'download')).statusCode).toBe(403);

    await testApp.ledger.settle();
    const history = await changshan.head.client.get(`/api/v1/cases/${caseId}/access-history`);
    expect(history.statusCode).toBe(200);
    const reads = history
      .json()
      .items.filter(
        (item: { action: string; target: string }) =>
          item.action === 'imported_file.accessed' && item.target === `imported_file:${id}`,
      );
    expect(reads.map((item: { actor: { id: string } }) => item.actor.id)).toEqual([
      changshan.handler.id,
      supervisor.id,
    ]);
  });

  it('on a case: lists and counts show it only to who may read that case', async () => {
    const id = await docked('DSJ-HOLE-1C');
    await placeOnCase(id);
    const listed = async (client: Client) =>
      (
        (await client.get('/api/v1/imported-files?status=matched&limit=100')).json().items as {
          id: string;
        }[]
      ).map((item) => item.id);
    const matched = async (client: Client) =>
      (await client.get('/api/v1/imported-files/counts')).json().matched as number;
    // The case's officer lists it; the agency's administrator (no case reading) neither
    // lists it nor counts it: the list carries the case's number and name.
    expect(await listed(changshan.handler.client)).toContain(id);
    expect(await listed(agencyAdmin.client)).not.toContain(id);
    expect(await matched(changshan.handler.client)).toBeGreaterThanOrEqual(1);
    expect(await matched(agencyAdmin.client)).toBe(0);
  });

  it('in the inbox: its inbox people view it, nobody downloads it, and a link stops once it is placed', async () => {
    const id = await docked('DSJ-HOLE-1B');
    const early = await access(colleague.client, id);
    expect(early.statusCode).toBe(201);
    expect((await access(colleague.client, id, 'download')).statusCode).toBe(403);
    expect((await access(agencyAdmin.client, id)).statusCode).toBe(403);
    expect((await access(pingluo.chief.client, id)).statusCode).toBe(404);

    await placeOnCase(id);
    const afterwards = await colleague.client.app.inject({
      method: 'GET',
      url: early.json().url,
      headers: { cookie: colleague.client.cookie!, range: 'bytes=0-9' },
    });
    expect(afterwards.statusCode).toBe(403);
    await testApp.ledger.settle();
    const history = await changshan.head.client.get(`/api/v1/cases/${caseId}/access-history`);
    expect(
      history
        .json()
        .items.filter((item: { target: string }) => item.target === `imported_file:${id}`),
    ).toEqual([]);
  });
});

describe('hole 12: what stored files reveal', () => {
  it('serves only media inline; anything else as an attachment that is not sniffed', async () => {
    const page = Buffer.from('<html><script>alert(document.cookie)</script></html>');
    const sha256 = createHash('sha256').update(page).digest('hex');
    await storeEvidence(changshan.handler.client, {
      bytes: page,
      fileName: 'clip.html',
      mediaType: 'text/html',
    });
    const imported = await changshan.handler.client.post('/api/v1/imported-files', {
      sha256,
      deviceSerial: 'DSJ-HOLE-12',
      originalPath: 'VIDEO/clip.html',
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const link = await changshan.handler.client.post(
      `/api/v1/imported-files/${imported.json().id}/access`,
      { purpose: 'view', reason: '核对画面' },
    );
    const served = await changshan.handler.client.get(link.json().url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-disposition']).toMatch(/^attachment;/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
  });
});
