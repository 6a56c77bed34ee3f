import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesOf } from './support/ledger-helpers.ts';
import {
  Client,
  createAndSignIn,
  createTestApp,
  signInAdmin,
  STRONG_PASSWORD,
  type TestApp,
} from './support/test-app.ts';

let testApp: TestApp;
let officer: Client;
let officerId: string;
let agencyId: string;

beforeAll(async () => {
  testApp = await createTestApp();
  const admin = await signInAdmin(testApp);
  agencyId = (
    await admin.post('/api/v1/agencies', { name: '常山县综合行政执法局', code: '常综执' })
  ).json().id;
  const created = await createAndSignIn(testApp, admin, {
    username: 'cs.zhang',
    displayName: '张三',
    agencyId,
    roles: ['legal_reviewer'],
  });
  officer = created.client;
  officerId = created.id;
});
afterAll(() => testApp.close());

const change = (currentPassword: string, newPassword = 'Xinmima-2026-anquan') =>
  officer.post('/api/v1/auth/password', { currentPassword, newPassword });

describe('guessing the current password at a signed-in session', () => {
  it('locks password changes after 10 wrong guesses, on the ledger', async () => {
    for (let guess = 1; guess <= 9; guess += 1) {
      const wrong = await change(`Cai-${guess}-mima-2026`);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().invalidParams[0].name).toBe('body.currentPassword');
    }
    const tenth = await change('Cai-10-mima-2026');
    expect(tenth.statusCode).toBe(429);
    expect(String(tenth.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect(tenth.json()).toMatchObject({
      type: 'https://liuhen.org/problems/password-change-locked',
      status: 429,
    });
    expect(Number(tenth.headers['retry-after'])).toBeGreaterThan(0);

    // Even the right password is refused while the lock lasts: the lock, not the guess, answers.
    const right = await change(STRONG_PASSWORD);
    expect(right.statusCode).toBe(429);

    await testApp.ledger.settle();
    const failures = (await entriesOf(testApp.database.db, `agency-${agencyId}`)).filter(
      (entry) => entry.action === 'auth.password_change_failed',
    );
    expect(failures.map((entry) => entry.data.reason)).toEqual([
      ...Array.from({ length: 9 }, () => 'wrong_current_password'),
      'locked',
    ]);
    expect(failures.every((entry) => entry.target?.id === officerId)).toBe(true);
  });

  it('does not lock the login: the user still signs in and works', async () => {
    const again = new Client(testApp.app);
    expect((await again.login('cs.zhang', STRONG_PASSWORD)).statusCode).toBe(200);
  });

  it('lets the right password through once the lock has run out', async () => {
    testApp.advance(16 * 60_000);
    const response = await change(STRONG_PASSWORD);
    expect(response.statusCode).toBe(200);
  });
});
