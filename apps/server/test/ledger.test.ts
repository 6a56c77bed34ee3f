import { fromBase64, verifyConsistency, type Digest } from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../src/ledger/bundle.ts';
import { digestFor } from '../src/ledger/digests.ts';
import { logIdFor } from '../src/ledger/log-id.ts';
import { runScrub } from '../src/ledger/scrub.ts';
import { verifyAllLogs } from '../src/ledger/verification.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import {
  Client,
  createAndSignIn,
  createTestApp,
  signInAdmin,
  type TestApp,
} from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let agency: { id: string; code: string };
let department: { id: string };
const digest: Digest = digestFor('sha256');

/** Sequences waiting events and signs checkpoints, a second after the previous ones. */
async function settle() {
  testApp.advance(1_100);
  await testApp.ledger.settle();
}

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  agency = (
    await admin.post('/api/v1/agencies', { name: '柳林镇人民政府', code: '柳林镇' })
  ).json();
  department = (
    await admin.post(`/api/v1/agencies/${agency.id}/departments`, { name: '综合执法队' })
  ).json();
  await settle();
});
afterAll(() => testApp.close());

describe('what the ledger records', () => {
  it('every act, with who did it, to what, in the log of the agency it belongs to', async () => {
    const platform = await entriesOf(testApp.database.db, 'platform');
    expect(platform.map((e) => e.action)).toEqual([
      'identity.administrator_bootstrapped',
      'auth.login_succeeded',
      'auth.password_changed',
    ]);
    expect(platform[1]).toMatchObject({
      actor: { type: 'user', username: 'admin' },
      target: { type: 'user' },
    });
    expect(platform.map((e) => e.seq)).toEqual([0, 1, 2]);

    const agencyLog = await entriesOf(testApp.database.db, logIdFor(agency.id));
    expect(agencyLog.map((e) => e.action)).toEqual([
      'identity.agency_created',
      'identity.department_created',
    ]);
    expect(agencyLog[0]).toMatchObject({
      agency: agency.id,
      data: { name: '柳林镇人民政府', code: '柳林镇' },
    });
  });

  it('user and role changes carry before and after, never a password hash', async () => {
    const { id } = await createAndSignIn(testApp, admin, {
      username: 'li.ming',
      displayName: '李明',
      certificateNumber: '37152100001',
      agencyId: agency.id,
      departmentId: department.id,
      roles: ['officer'],
    });
    await admin.patch(`/api/v1/users/${id}`, { roles: ['officer', 'department_head'] });
    await admin.post(`/api/v1/users/${id}/deactivate`);
    await settle();
    const log = await entriesOf(testApp.database.db, logIdFor(agency.id));
    const mine = log.filter((e) => e.target?.id === id);
    expect(mine.map((e) => e.action)).toEqual([
      'identity.user_created',
      'auth.login_succeeded',
      'auth.password_changed',
      'identity.user_updated',
      'identity.user_deactivated',
    ]);
    const update = mine[3]!.data as { before: { roles: string[] }; after: { roles: string[] } };
    expect(update.before.roles).toEqual(['officer']);
    expect(update.after.roles).toEqual(['officer', 'department_head']);
    expect(JSON.stringify(log)).not.toMatch(/scrypt|passwordHash|password_hash/);
  });

  it('failed logins are recorded with the reason; unknown names on the platform log', async () => {
    await new Client(testApp.app).login('admin', 'wrong-password-1');
    await new Client(testApp.app).login('no.such.user', 'wrong-password-1');
    await settle();
    const failures = (await entriesOf(testApp.database.db, 'platform')).filter(
      (e) => e.action === 'auth.login_failed',
    );
    expect(failures.map((e) => e.data)).toEqual([
      { username: 'admin', reason: 'invalid_credentials', ip: '127.0.0.1' },
      { username: 'no.such.user', reason: 'invalid_credentials', ip: '127.0.0.1' },
    ]);
    expect(failures[0]!.target?.type).toBe('user');
    expect(failures[1]!.target).toBeNull();
    expect(failures[0]!.actor).toEqual({ type: 'anonymous', ip: '127.0.0.1' });
  });

  it('a refused act leaves no trace, and a recorded one commits with its change', async () => {
    const before = (await entriesOf(testApp.database.db, logIdFor(agency.id))).length;
    const duplicate = await admin.post(`/api/v1/agencies/${agency.id}/departments`, {
      name: '综合执法队',
    });
    expect(duplicate.statusCode).toBe(409);
    await settle();
    expect((await entriesOf(testApp.database.db, logIdFor(agency.id))).length).toBe(before);
  });

  it('concurrent appends get consecutive sequence numbers, and the ledger verifies', async () => {
    const before = (await entriesOf(testApp.database.db, 'platform')).length;
    const positions = await Promise.all(
      Array.from({ length: 300 }, () =>
        testApp.ledger.append({
          action: 'auth.login_failed',
          agencyId: null,
          actor: { type: 'anonymous', ip: '10.0.0.1' },
          data: { username: 'spray', reason: 'invalid_credentials', ip: '10.0.0.1' },
        }),
      ),
    );
    const seqs = positions.map((p) => p.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 300 }, (_, i) => before + i));
    await settle();
    const results = await verifyAllLogs(testApp.database.db);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.find((r) => r.logId === 'platform')!.entries).toBe(before + 300);

    const scrub = await runScrub(testApp.database.db, () => new Date());
    expect(scrub).toMatchObject({ ok: true, failedSeq: null });
    const health = (await testApp.app.inject({ method: 'GET', url: '/api/v1/health' })).json();
    expect(health).toMatchObject({
      status: 'ok',
      ledger: { status: 'ok', entriesVerified: scrub.entriesChecked },
    });
  });
});

describe('the database refuses to change the ledger', () => {
  it.each([
    ['UPDATE', sql`update ledger_entries set action = 'x' where seq = 0`],
    ['DELETE', sql`delete from ledger_entries where seq = 0`],
    ['TRUNCATE', sql`truncate ledger_entries cascade`],
    ['UPDATE checkpoints', sql`update ledger_checkpoints set tree_size = tree_size + 1`],
    ['DELETE nodes', sql`delete from ledger_nodes`],
  ])('%s', async (_name, statement) => {
    await expect(testApp.database.db.execute(statement)).rejects.toThrow();
    expect((await entriesOf(testApp.database.db, 'platform'))[0]!.action).toBe(
      'identity.administrator_bootstrapped',
    );
  });
});

describe('public checkpoints and proofs', () => {
  it('publishes signed checkpoints whose history is consistent', async () => {
    const logs = (
      await testApp.app.inject({ method: 'GET', url: '/api/v1/public/ledger/logs' })
    ).json();
    expect(logs.items.map((l: { logId: string }) => l.logId).sort()).toEqual(
      ['platform', logIdFor(agency.id)].sort(),
    );
    const history = (
      await testApp.app.inject({
        method: 'GET',
        url: '/api/v1/public/ledger/logs/platform/checkpoints?limit=2',
      })
    ).json();
    expect(history.items).toHaveLength(2);
    const [newer, older] = history.items;
    expect(newer.treeSize).toBeGreaterThan(older.treeSize);

    const consistency = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/public/ledger/logs/platform/consistency?from=${older.treeSize}&to=${newer.treeSize}`,
    });
    expect(consistency.statusCode).toBe(200);
    expect(() =>
      verifyConsistency(
        digest,
        older.treeSize,
        newer.treeSize,
        consistency.json().proof.map(fromBase64),
        fromBase64(older.rootHash),
        fromBase64(newer.rootHash),
      ),
    ).not.toThrow();

    const keys = (
      await testApp.app.inject({ method: 'GET', url: '/api/v1/public/ledger/keys' })
    ).json();
    expect(keys.items.map((k: { keyId: string }) => k.keyId)).toContain(newer.keyId);

    const beyond = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/public/ledger/logs/platform/consistency?from=1&to=${newer.treeSize + 1}`,
    });
    expect(beyond.statusCode).toBe(422);
    const unknown = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/public/ledger/logs/nope/checkpoints/latest',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('gives an auditor a proof bundle that verifies offline; every changed byte breaks it', async () => {
    const response = await admin.get('/api/v1/ledger/logs/platform/entries/1');
    expect(response.statusCode).toBe(200);
    const { serializeBundle } = await import('../src/ledger/bundle.ts');
    const text = serializeBundle(response.json());
    const verdict = verifyBundle(text);
    expect(verdict).toMatchObject({ ok: true, entry: { action: 'auth.login_succeeded', seq: 1 } });

    const bytes = Buffer.from(text, 'utf8');
    const survivors: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const changed = Buffer.from(bytes);
      changed[i] = changed[i]! ^ 0x01;
      if (verifyBundle(changed.toString('utf8')).ok) survivors.push(i);
    }
    expect(survivors).toEqual([]);
  });

  it('entries are not public: no session 401, an officer 404', async () => {
    const anonymous = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/ledger/logs/platform/entries/1',
    });
    expect(anonymous.statusCode).toBe(401);
    const { client } = await createAndSignIn(testApp, admin, {
      username: 'wang.wu',
      displayName: '王五',
      certificateNumber: '37152100002',
      agencyId: agency.id,
      departmentId: department.id,
      roles: ['officer'],
    });
    expect((await client.get('/api/v1/ledger/logs/platform/entries/1')).statusCode).toBe(404);
    expect(
      (await client.get(`/api/v1/ledger/logs/${logIdFor(agency.id)}/entries/0`)).statusCode,
    ).toBe(404);
  });
});
