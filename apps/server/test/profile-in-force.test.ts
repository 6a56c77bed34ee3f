import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAgency, type AgencyFixture } from './support/case-fixtures.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { Client, createTestApp, signInAdmin, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
/** Under seed 003, the only regulation with 紧急启动 (第十条) and a list of acts (第二条). */
let dehong: AgencyFixture;
/** Under seed 000, whose head copies it into the agency's own profile. */
let liulin: AgencyFixture;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  dehong = await seedAgency(testApp, admin, '003');
  liulin = await seedAgency(testApp, admin, '000');
}, 300_000);
afterAll(() => testApp.close());

const inForce = (agencyId: string) => `/api/v1/agencies/${agencyId}/profile-in-force`;

describe('GET /api/v1/agencies/{id}/profile-in-force', () => {
  it('gives any of the agency’s people the standard profile it works under, version null', async () => {
    for (const person of [dehong.handler, dehong.legal, dehong.chief]) {
      const response = await person.client.get(inForce(dehong.agencyId));
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ profileId: 'seed-003', version: null });
      expect(body.profile.id).toBe('seed-003');
      expect(body.profile.emergencyLaunchApprovalDeadline).toMatchObject({
        value: { amount: 24, unit: 'hours' },
        citation: { seed: '003', article: '第十条' },
      });
      expect(body.profile.actTypes).toHaveLength(6);
    }
    const baseline = (await liulin.handler.client.get(inForce(liulin.agencyId))).json();
    expect(baseline).toMatchObject({ profileId: 'seed-000', version: null });
    expect(baseline.profile.emergencyLaunchApprovalDeadline).toBeUndefined();
  });

  it('gives the agency’s own copy, with its version, once the head has copied it', async () => {
    const copied = await liulin.chief.client.post(
      `/api/v1/agencies/${liulin.agencyId}/own-profile`,
      { basedOn: 'seed-000' },
    );
    expect(copied.statusCode).toBe(201);
    const response = await liulin.handler.client.get(inForce(liulin.agencyId));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      profileId: `agency-${liulin.agencyId}`,
      version: 1,
      profile: copied.json().profile,
    });
  });

  it('does not exist for another agency, and needs a login', async () => {
    const fromOther = await dehong.handler.client.get(inForce(liulin.agencyId));
    expectProblem(fromOther, 404, 'not-found');
    const anonymous = await new Client(testApp.app).get(inForce(dehong.agencyId));
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers 409 agency-profile-not-set while the agency has none', async () => {
    const agency = (
      await admin.post('/api/v1/agencies', { name: '某县未设制度的执法机关', code: '未设' })
    ).json();
    // New agencies start on the national baseline; an older one may still have none.
    await testApp.database.db.execute(
      sql`update agencies set profile_id = null where id = ${agency.id}`,
    );
    const response = await admin.get(inForce(agency.id));
    expectProblem(response, 409, 'agency-profile-not-set');
  });
});
