import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../src/copies/test-support/pdf-text.ts';
import { logIdFor } from '../src/ledger/log-id.ts';
import {
  agencyWithOfficers,
  addRecord,
  openCaseBody,
  RECORDS,
  type AgencyFixture,
  seedAgency,
} from './support/case-fixtures.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { refusal } from './support/refusal.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
/** 柳林镇 under seed 000, whose 音像记录事项清单 does not name 询问. */
let liulin: AgencyFixture;
let other: AgencyFixture;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  liulin = await seedAgency(testApp, admin, '000');
  other = await agencyWithOfficers(testApp, admin, {
    name: '平罗县退役军人事务局',
    code: '平退役',
    prefix: 'pl',
  });
  // Two agencies of six people each: password hashing is slow on a loaded machine.
}, 300_000);
afterAll(() => testApp.close());

const own = (fixture: AgencyFixture) => `/api/v1/agencies/${fixture.agencyId}/own-profile`;

interface VersionBody {
  profileId: string;
  version: number;
  profile: Record<string, unknown> & { mandatoryAvActs: unknown[] };
  effective: { key: string; source: string; explanation: string }[];
}

/** A case with a 案件来源登记 that says the officers questioned someone (询问). */
async function caseWithInquiry(fixture: AgencyFixture) {
  const opened = await fixture.handler.client.post('/api/v1/cases', openCaseBody(fixture));
  expect(opened.statusCode).toBe(201);
  const id = opened.json().id as string;
  const source = await addRecord(fixture.handler.client, id, {
    ...RECORDS.caseSource(),
    situations: ['inquiry'],
  });
  return { id, sourceId: source.id, body: opened.json() };
}

async function avMissingOn(fixture: AgencyFixture, caseId: string, recordId: string) {
  const findings = (await fixture.handler.client.get(`/api/v1/cases/${caseId}/findings`)).json()
    .items as { ruleId: string; subjectId?: string; citations: unknown[] }[];
  return findings.filter((f) => f.ruleId === 'mandatory-av-missing' && f.subjectId === recordId);
}

const inquiryItem = {
  value: '询问当事人及有关人员',
  citation: { seed: '000', article: '第十二条' },
  situations: ['inquiry'],
};

describe("an agency's own profile", () => {
  let copied: VersionBody;

  it('is copied from a standard profile by the agency head, and is then in force', async () => {
    const byOfficer = await liulin.handler.client.post(own(liulin), { basedOn: 'seed-000' });
    expectProblem(byOfficer, 403, 'forbidden');
    const byOtherAgency = await other.chief.client.post(own(liulin), { basedOn: 'seed-000' });
    expect(byOtherAgency.statusCode).toBe(404);
    const unknownBase = await liulin.chief.client.post(own(liulin), { basedOn: 'seed-999' });
    expectProblem(unknownBase, 400, 'validation-failed');

    const response = await liulin.chief.client.post(own(liulin), { basedOn: 'seed-000' });
    expect(response.statusCode).toBe(201);
    copied = response.json();
    expect(copied).toMatchObject({
      profileId: `agency-${liulin.agencyId}`,
      version: 1,
      basedOn: 'seed-000',
      profile: { seed: '000', name: '冠县柳林镇人民政府执法全过程记录制度' },
    });
    const agency = (await liulin.handler.client.get(`/api/v1/agencies/${liulin.agencyId}`)).json();
    expect(agency.profileId).toBe(`agency-${liulin.agencyId}`);

    const again = await liulin.chief.client.post(own(liulin), { basedOn: 'seed-003' });
    expectProblem(again, 409, 'agency-profile-exists');
  });

  it('is saved as a new version, validated, never overwritten, and ledgered', async () => {
    const edited = {
      ...copied.profile,
      mandatoryAvActs: [...copied.profile.mandatoryAvActs, inquiryItem],
    };
    delete (edited as { id?: string }).id;
    delete (edited as { seed?: string }).seed;

    const invalid = await liulin.chief.client.post(`${own(liulin)}/versions`, {
      expectedVersion: 1,
      note: '增加询问',
      profile: { ...edited, mandatoryAvActs: [{ ...inquiryItem, situations: ['dancing'] }] },
    });
    expectProblem(invalid, 400, 'validation-failed');
    const noReason = await liulin.chief.client.post(`${own(liulin)}/versions`, {
      expectedVersion: 1,
      note: ' ',
      profile: edited,
    });
    expectProblem(noReason, 400, 'validation-failed');
    const byLegal = await liulin.legal.client.post(`${own(liulin)}/versions`, {
      expectedVersion: 1,
      note: '增加询问',
      profile: edited,
    });
    expectProblem(byLegal, 403, 'forbidden');

    const saved = await liulin.chief.client.post(`${own(liulin)}/versions`, {
      expectedVersion: 1,
      note: '将询问列入音像记录事项清单',
      profile: edited,
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ version: 2, profile: { seed: '000' } });
    expect(saved.json().profile.mandatoryAvActs).toHaveLength(5);

    // Saving again from version 1 (someone else's edit in between) is refused, not merged.
    const stale = await liulin.chief.client.post(`${own(liulin)}/versions`, {
      expectedVersion: 1,
      note: '另一次修改',
      profile: { ...edited, mandatoryAvActs: [inquiryItem] },
    });
    expectProblem(stale, 409, 'profile-version-stale');
    const unchanged = await liulin.chief.client.post(`${own(liulin)}/versions`, {
      expectedVersion: 2,
      note: '无修改',
      profile: edited,
    });
    expectProblem(unchanged, 409, 'profile-unchanged');

    const first = (await liulin.handler.client.get(`${own(liulin)}/versions/1`)).json();
    expect(first.profile.mandatoryAvActs).toHaveLength(4);
    const overview = (await liulin.handler.client.get(own(liulin))).json();
    expect(overview).toMatchObject({
      profileId: `agency-${liulin.agencyId}`,
      own: { basedOn: 'seed-000', inForce: true },
    });
    expect(overview.own.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(overview.own.versions[0]).toMatchObject({
      note: '将询问列入音像记录事项清单',
      createdByName: '周局长',
    });
    expect((await other.handler.client.get(own(liulin))).statusCode).toBe(404);

    expect(
      await refusal(testApp, sql`update agency_profile_versions set note = 'x' where version = 1`),
    ).toMatch(/append-only/);

    await testApp.ledger.settle();
    const entries = await entriesOf(testApp.database.db, logIdFor(liulin.agencyId));
    const actions = entries.filter((e) => e.action.startsWith('profile.'));
    expect(actions.map((e) => [e.action, e.data])).toEqual([
      ['profile.agency_copied', { basedOn: 'seed-000', version: 1, before: 'seed-000' }],
      [
        'profile.agency_version_saved',
        { version: 2, note: '将询问列入音像记录事项清单', changedKeys: ['mandatoryAvActs'] },
      ],
    ]);
  });

  it('reaches new cases while a case keeps the version it was opened under', async () => {
    // Opened under version 2 (in force since the last test); then version 3 drops 询问 again.
    const underTwo = await caseWithInquiry(liulin);
    expect(underTwo.body).toMatchObject({
      profileId: `agency-${liulin.agencyId}`,
      profileVersion: 2,
    });
    const [finding] = await avMissingOn(liulin, underTwo.id, underTwo.sourceId);
    expect(finding?.citations).toMatchObject([{ seed: '000', article: '第十二条' }]);

    const three = await liulin.chief.client.post(`${own(liulin)}/versions`, {
      expectedVersion: 2,
      note: '询问改为根据实际情况记录',
      profile: (({ id: _id, seed: _seed, ...rest }) => rest)(copied.profile),
    });
    expect(three.statusCode).toBe(201);

    const underThree = await caseWithInquiry(liulin);
    expect(underThree.body.profileVersion).toBe(3);
    expect(await avMissingOn(liulin, underThree.id, underThree.sourceId)).toEqual([]);
    // The case opened under version 2 is still checked against version 2's list.
    expect(await avMissingOn(liulin, underTwo.id, underTwo.sourceId)).toHaveLength(1);
  });

  it('can be chosen only by its own agency, and only once copied', async () => {
    const foreign = await admin.put(`/api/v1/agencies/${other.agencyId}/profile`, {
      profileId: `agency-${liulin.agencyId}`,
    });
    expectProblem(foreign, 400, 'validation-failed');
    const back = await admin.put(`/api/v1/agencies/${liulin.agencyId}/profile`, {
      profileId: 'seed-000',
    });
    expect(back.json().profileId).toBe('seed-000');
    const overview = (await liulin.chief.client.get(own(liulin))).json();
    expect(overview.own.inForce).toBe(false);
    const again = await admin.put(`/api/v1/agencies/${liulin.agencyId}/profile`, {
      profileId: `agency-${liulin.agencyId}`,
    });
    expect(again.json().profileId).toBe(`agency-${liulin.agencyId}`);
  });
});

describe('the 音像记录事项清单 as a document', () => {
  it('is public without login (003 第十八条 向社会公开): the list its head published', async () => {
    // Publishing is its own act (av-item-list-publication.test.ts): the head publishes.
    const publish = (fixture: AgencyFixture, expectedVersion: number | null) =>
      fixture.chief.client.post(`/api/v1/agencies/${fixture.agencyId}/av-item-list/publications`, {
        expectedVersion,
      });
    expect((await publish(liulin, 3)).statusCode).toBe(201);
    expect((await publish(other, null)).statusCode).toBe(201);
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/public/agencies/${liulin.agencyId}/av-item-list`,
    });
    expect(response.statusCode).toBe(200);
    const list = response.json();
    expect(list).toMatchObject({
      agencyName: '冠县柳林镇人民政府',
      profileId: `agency-${liulin.agencyId}`,
      version: 3,
    });
    expect(list.items[0]).toMatchObject({
      value: '查封扣押财产',
      citation: expect.stringContaining('第十二条'),
      situations: ['行政强制措施（限制人身自由、查封、扣押）'],
    });
    const baseline = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/public/agencies/${other.agencyId}/av-item-list`,
    });
    expect(baseline.json().items[0].citation).toBe('国办发〔2018〕118号三、（二）');
    const absent = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/public/agencies/00000000-0000-4000-8000-000000000000/av-item-list',
    });
    expectProblem(absent, 404, 'not-found');
  });

  it('prints as a PDF for the agency’s people, not for others', async () => {
    const pdf = await liulin.handler.client.get(
      `/api/v1/agencies/${liulin.agencyId}/av-item-list.pdf`,
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfPageTexts(pdf.rawPayload)).join('\n').replace(/\s+/g, '');
    expect(text).toContain('冠县柳林镇人民政府音像记录事项清单');
    expect(text).toContain('1.查封扣押财产');
    expect(text).toContain('第3版');
    const foreign = await other.handler.client.get(
      `/api/v1/agencies/${liulin.agencyId}/av-item-list.pdf`,
    );
    expect(foreign.statusCode).toBe(404);
  });
});

describe('the national baseline profile', () => {
  it('is the profile of a new agency, with no seed and its values cited to national law', async () => {
    const agency = (await other.handler.client.get(`/api/v1/agencies/${other.agencyId}`)).json();
    expect(agency.profileId).toBe('national-baseline');
    const response = await other.handler.client.get('/api/v1/profiles/national-baseline');
    expect(response.statusCode).toBe(200);
    const { profile } = response.json();
    expect(profile.seed).toBeUndefined();
    expect(profile.mandatoryAvActs[0]).toMatchObject({
      value: '查封扣押财产',
      citation: { law: '国办发〔2018〕118号' },
      situations: ['coercive_measure'],
    });
    const list = (await other.handler.client.get('/api/v1/profiles')).json();
    expect(list.items[0]).toMatchObject({ id: 'national-baseline', seed: null });
  });

  it('can be copied and edited like any other, staying without a seed', async () => {
    const copied = await other.chief.client.post(own(other), { basedOn: 'national-baseline' });
    expect(copied.statusCode).toBe(201);
    expect(copied.json().profile.seed).toBeUndefined();
    const { id: _id, ...edit } = copied.json().profile;
    const saved = await other.chief.client.post(`${own(other)}/versions`, {
      expectedVersion: 1,
      note: '增加询问',
      profile: {
        ...edit,
        mandatoryAvActs: [
          ...edit.mandatoryAvActs,
          { ...inquiryItem, citation: { law: '国办发〔2018〕118号', article: '三、（二）' } },
        ],
      },
    });
    expect(saved.statusCode).toBe(201);
    // Still no seed: only national law and 118号 bind an agency that copied the baseline.
    expect(saved.json().profile.seed).toBeUndefined();
  });
});
