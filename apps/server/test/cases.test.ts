import { todayInShanghai, yearOf } from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agencyWithOfficers,
  COMPANY,
  fileCase,
  RECORDS,
  openCaseBody,
  PERSON,
  type AgencyFixture,
  changshanAgency,
} from './support/case-fixtures.ts';
import { refusal } from './support/refusal.ts';
import { rows } from './support/rows.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let changshan: AgencyFixture;
let pingluo: AgencyFixture;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  pingluo = await agencyWithOfficers(testApp, admin, {
    name: '平罗县退役军人事务局',
    code: '平退役',
    prefix: 'pl',
  });
  // Password hashing for a dozen people is slow on a loaded machine.
}, 300_000);
afterAll(() => testApp.close());

const year = () => yearOf(todayInShanghai(new Date()));
const now = () => new Date().toISOString();

async function openCase(fixture: AgencyFixture, overrides: Record<string, unknown> = {}) {
  const response = await fixture.handler.client.post(
    '/api/v1/cases',
    openCaseBody(fixture, overrides),
  );
  if (response.statusCode !== 201) throw new Error(`open case failed: ${response.body}`);
  return response.json() as { id: string; caseNumber: string; stage: string };
}

const caseSource = RECORDS.caseSource;
const launchApprovalForm = RECORDS.launchForm;

describe('policy profile of an agency', () => {
  it('is the national baseline for a new agency, which can open cases at once', async () => {
    const agency = (await admin.get(`/api/v1/agencies/${pingluo.agencyId}`)).json();
    expect(agency.profileId).toBe('national-baseline');
    const opened = await pingluo.handler.client.post('/api/v1/cases', openCaseBody(pingluo));
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({ profileId: 'national-baseline', profileVersion: null });
    const [count] = await rows<{ n: number }>(
      testApp.database.db.execute(
        sql`select count(*)::int as n from cases where profile_id = 'national-baseline'`,
      ),
    );
    expect(count!.n).toBe(1);
  });

  it('is one of the built-in profiles, set by an administrator and recorded', async () => {
    const bad = await admin.put(`/api/v1/agencies/${pingluo.agencyId}/profile`, {
      profileId: 'seed-999',
    });
    expect(bad.statusCode).toBe(400);
    const byOfficer = await pingluo.handler.client.put(
      `/api/v1/agencies/${pingluo.agencyId}/profile`,
      { profileId: 'seed-001' },
    );
    expect(byOfficer.statusCode).toBe(403);
    const set = await admin.put(`/api/v1/agencies/${pingluo.agencyId}/profile`, {
      profileId: 'seed-001',
    });
    expect(set.json()).toMatchObject({ profileId: 'seed-001' });
  });

  it('is readable with its national-law overrides', async () => {
    const profile = await changshan.handler.client.get('/api/v1/profiles/seed-004');
    expect(profile.statusCode).toBe(200);
    const withdrawal = profile
      .json()
      .effective.find((e: { key: string }) => e.key === 'publicationWithdrawal');
    expect(withdrawal).toMatchObject({ source: 'national_law', value: { amount: 3 } });
  });
});

describe('opening a case', () => {
  it('numbers it per agency, category and year, and records the launch', async () => {
    const opened = await openCase(changshan);
    expect(opened.caseNumber).toMatch(new RegExp(`^常综执罚〔${year()}〕\\d+号$`));
    expect(opened.stage).toBe('launch');
    const inspection = await openCase(changshan, { actType: 'inspection', name: '例行检查' });
    expect(inspection.caseNumber).toBe(`常综执检〔${year()}〕1号`);
    const detail = (await changshan.handler.client.get(`/api/v1/cases/${opened.id}`)).json();
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual(['launched']);
    expect(detail.officers.map((o: { name: string }) => o.name)).toEqual(['张三', '李四']);
  });

  it('gives concurrent openings consecutive numbers, no duplicate and no gap', async () => {
    const openings = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        changshan.handler.client.post(
          '/api/v1/cases',
          openCaseBody(changshan, { actType: 'levy', name: `收费案件${i}` }),
        ),
      ),
    );
    expect(openings.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
    const sequences = openings
      .map((r) => Number(/〕(\d+)号$/.exec(r.json().caseNumber)![1]))
      .sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('does not use up a number when the opening is refused', async () => {
    const refused = await changshan.handler.client.post(
      '/api/v1/cases',
      openCaseBody(changshan, {
        actType: 'expropriation',
        parties: [{ ...PERSON, residentId: '110105194912310021' }],
      }),
    );
    expect(refused.statusCode).toBe(400);
    const opened = await openCase(changshan, { actType: 'expropriation' });
    expect(opened.caseNumber).toBe(`常综执征〔${year()}〕1号`);
  });

  it('names each bad party identifier with a message a clerk can act on', async () => {
    const response = await changshan.handler.client.post(
      '/api/v1/cases',
      openCaseBody(changshan, {
        parties: [
          { ...PERSON, residentId: '110105194912310021' },
          { ...COMPANY, creditCode: '91350100M000100Y44' },
        ],
      }),
    );
    expect(response.statusCode).toBe(400);
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(['body.parties.0.residentId', 'body.parties.1.creditCode']);
    expect(response.json().detail).toContain('身份证号码校验位不正确');
  });

  it('needs two officers of the agency, each with a certificate number, one of them the handler', async () => {
    const one = await changshan.handler.client.post(
      '/api/v1/cases',
      openCaseBody(changshan, { officers: [{ userId: changshan.handler.id, role: 'handler' }] }),
    );
    expect(one.statusCode).toBe(400);
    expect(one.json().detail).toContain('执法人员不得少于两人');
    const outsider = await changshan.handler.client.post(
      '/api/v1/cases',
      openCaseBody(changshan, {
        officers: [
          { userId: changshan.handler.id, role: 'handler' },
          { userId: pingluo.assistant.id, role: 'assisting' },
        ],
      }),
    );
    expect(outsider.json().invalidParams).toEqual([
      { name: 'body.officers.1.userId', reason: '本机关没有该用户' },
    ]);
    const withoutCertificate = await changshan.handler.client.post(
      '/api/v1/cases',
      openCaseBody(changshan, {
        officers: [
          { userId: changshan.handler.id, role: 'handler' },
          { userId: changshan.head.id, role: 'assisting' },
        ],
      }),
    );
    expect(withoutCertificate.statusCode).toBe(400);
    expect(withoutCertificate.json().detail).toContain('陈队长不是执法人员');
  });

  it('offers the agency’s officers to pick from, to its members only', async () => {
    const officers = await changshan.handler.client.get(
      `/api/v1/agencies/${changshan.agencyId}/officers`,
    );
    expect(officers.json().items.map((o: { displayName: string }) => o.displayName)).toEqual([
      '张三',
      '李四',
    ]);
    const foreign = await pingluo.handler.client.get(
      `/api/v1/agencies/${changshan.agencyId}/officers`,
    );
    expect(foreign.statusCode).toBe(404);
  });

  it('offers the agency’s heads and legal reviewers to hand an approval step to', async () => {
    const approvers = await changshan.handler.client.get(
      `/api/v1/agencies/${changshan.agencyId}/approvers`,
    );
    expect(approvers.statusCode).toBe(200);
    expect(
      approvers
        .json()
        .items.map((u: { displayName: string; roles: string[] }) => [u.displayName, u.roles]),
    ).toEqual(
      expect.arrayContaining([
        ['陈队长', ['department_head']],
        ['周局长', ['agency_head']],
        ['吴法制', ['legal_reviewer']],
      ]),
    );
    expect(approvers.json().items).toHaveLength(3);
    const heads = await changshan.head.client.get(
      `/api/v1/agencies/${changshan.agencyId}/approvers?roles=agency_head`,
    );
    expect(heads.json().items.map((u: { displayName: string }) => u.displayName)).toEqual([
      '周局长',
    ]);
    const unknownRole = await changshan.handler.client.get(
      `/api/v1/agencies/${changshan.agencyId}/approvers?roles=boss`,
    );
    expect(unknownRole.statusCode).toBe(400);
    const foreign = await pingluo.handler.client.get(
      `/api/v1/agencies/${changshan.agencyId}/approvers`,
    );
    expect(foreign.statusCode).toBe(404);
  });

  it('asks whether a complaint was made in the complainant’s real name', async () => {
    const response = await changshan.handler.client.post(
      '/api/v1/cases',
      openCaseBody(changshan, { launchMode: 'complaint' }),
    );
    expect(response.json().invalidParams[0].name).toBe('body.complainantRealName');
  });

  it('is invisible to another agency', async () => {
    const opened = await openCase(changshan);
    const other = await pingluo.handler.client.get(`/api/v1/cases/${opened.id}`);
    expect(other.statusCode).toBe(404);
    const list = (await pingluo.handler.client.get('/api/v1/cases')).json();
    expect(list.items.some((c: { id: string }) => c.id === opened.id)).toBe(false);
  });
});

describe('records', () => {
  it('are checked against the catalogue, each missing field named by its label', async () => {
    // 001 第五条(一) names the case source and filing; the agency's own regulation binds it.
    const opened = await openCase(pingluo);
    const response = await pingluo.handler.client.post(`/api/v1/cases/${opened.id}/records`, {
      type: 'case_source_record',
      madeAt: now(),
      fields: { caseSource: '巡查发现', filing: '  ', colour: '红' },
    });
    expect(response.statusCode).toBe(400);
    const reasons = response.json().invalidParams.map((p: { reason: string }) => p.reason);
    expect(reasons).toEqual(['《案件来源及立案记录》没有该项', '请填写立案情况']);
    const [stored] = await rows<{ n: number }>(
      testApp.database.db.execute(
        sql`select count(*)::int as n from case_records where case_id = ${opened.id}`,
      ),
    );
    expect(stored!.n).toBe(0);
  });

  it('of a later stage cannot be made yet', async () => {
    const opened = await openCase(changshan);
    const response = await changshan.handler.client.post(`/api/v1/cases/${opened.id}/records`, {
      type: 'archive_record',
      madeAt: now(),
      fields: {},
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().type).toMatch(/record-stage-not-reached$/);
  });

  it('need the party’s signature or a refusal note where the party must sign', async () => {
    const opened = await openCase(changshan);
    await fileCase(changshan, opened.id);
    const inquiry = {
      type: 'inquiry_transcript',
      madeAt: now(),
      fields: {
        officers: ['张三', '李四'],
        certificateNumbers: ['cs-001', 'cs-002'],
        certificateShown: '已出示',
        intervieweeInformation: '赵六，法定代表人',
        inquiredAt: now(),
        place: '询问室',
        content: '问：……答：……',
      },
    };
    const unsigned = await changshan.handler.client.post(
      `/api/v1/cases/${opened.id}/records`,
      inquiry,
    );
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().invalidParams[0].name).toBe('body.signature');
    const blankRefusal = await changshan.handler.client.post(`/api/v1/cases/${opened.id}/records`, {
      ...inquiry,
      signature: { kind: 'refused', note: ' ', at: now() },
    });
    expect(blankRefusal.json().invalidParams[0].name).toBe('body.signature.note');
    const signed = await changshan.handler.client.post(`/api/v1/cases/${opened.id}/records`, {
      ...inquiry,
      signature: { kind: 'signed', signers: ['赵六'], at: now() },
    });
    expect(signed.statusCode).toBe(201);
  });

  it('are sealed: the database refuses a change; a correction is a new version with a reason', async () => {
    const opened = await openCase(changshan);
    const original = (
      await changshan.handler.client.post(`/api/v1/cases/${opened.id}/records`, caseSource())
    ).json();
    expect(
      await refusal(
        testApp,
        sql`update case_records set fields = '{}'::jsonb where id = ${original.id}`,
      ),
    ).toMatch(/case_records is append-only: UPDATE refused/);

    const corrected = await changshan.handler.client.post(
      `/api/v1/records/${original.id}/corrections`,
      {
        ...caseSource(),
        type: undefined,
        fields: { caseSource: '群众投诉', filing: '经批准立案' },
        reason: '案件来源填写错误',
      },
    );
    expect(corrected.statusCode).toBe(201);
    expect(corrected.json()).toMatchObject({
      supersedesId: original.id,
      correctionReason: '案件来源填写错误',
    });

    const again = await changshan.handler.client.post(
      `/api/v1/records/${original.id}/corrections`,
      {
        madeAt: now(),
        fields: { caseSource: '其他', filing: '立案' },
        reason: '再次更正',
      },
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toMatch(/record-superseded$/);

    const all = (await changshan.handler.client.get(`/api/v1/cases/${opened.id}/records`)).json();
    expect(all.items.map((r: { id: string }) => r.id)).toEqual([original.id, corrected.json().id]);
  });
});

describe('stage transitions', () => {
  it('are blocked while a required record is missing, with the findings and their articles', async () => {
    // 001 第五条(一): the case source record, the agency's own regulation's duty.
    const opened = await openCase(pingluo);
    const blocked = await pingluo.handler.client.post(`/api/v1/cases/${opened.id}/transitions`, {
      transition: 'file',
    });
    expect(blocked.statusCode).toBe(409);
    const problem = blocked.json();
    expect(problem.type).toMatch(/transition-blocked$/);
    const messages = problem.findings.map((f: { message: string }) => f.message).join('\n');
    expect(messages).toContain('《案件来源及立案记录》');
    expect(problem.findings[0].citations[0]).toMatchObject({
      seed: '001',
      article: '第五条',
      text: '《平罗县退役军人局记录制度》第五条',
    });

    await fileCase(pingluo, opened.id);
    const detail = (await pingluo.handler.client.get(`/api/v1/cases/${opened.id}`)).json();
    expect(detail.case.stage).toBe('investigation');
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual([
      'launched',
      'launch_approved',
      'filed',
      'stage_changed',
    ]);
  });

  it('out of order are refused, and of two at once exactly one wins', async () => {
    const opened = await openCase(changshan);
    const outOfOrder = await changshan.handler.client.post(
      `/api/v1/cases/${opened.id}/transitions`,
      { transition: 'archive' },
    );
    expect(outOfOrder.statusCode).toBe(409);
    expect(outOfOrder.json().type).toMatch(/transition-not-available$/);

    await changshan.handler.client.post(`/api/v1/cases/${opened.id}/records`, caseSource());
    const form = (
      await changshan.handler.client.post(
        `/api/v1/cases/${opened.id}/records`,
        launchApprovalForm(),
      )
    ).json();
    // 004 names no launch approval (002 第四条, 003 第十条 do): unapproved, it is advice only.
    const unapproved = (
      await changshan.handler.client.get(`/api/v1/cases/${opened.id}/findings?include=advice`)
    ).json().items as { ruleId: string; severity: string }[];
    expect(unapproved.find((f) => f.ruleId === 'launch-unapproved')?.severity).toBe('advice');
    const request = (
      await changshan.handler.client.post(`/api/v1/cases/${opened.id}/approvals`, {
        kind: 'launch',
        recordId: form.id,
      })
    ).json();
    await changshan.head.client.post(`/api/v1/approvals/${request.id}/actions`, {
      action: 'approve',
      expectedVersion: request.version,
      comment: '同意',
    });
    const [a, b] = await Promise.all([
      changshan.handler.client.post(`/api/v1/cases/${opened.id}/transitions`, {
        transition: 'file',
      }),
      changshan.assistant.client.post(`/api/v1/cases/${opened.id}/transitions`, {
        transition: 'file',
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it('are not for people outside the case', async () => {
    const opened = await openCase(changshan);
    const outsider = await agencyWithOfficers(testApp, admin, {
      name: '常山县另一执法局',
      code: '常另',
      profileId: 'seed-004',
      prefix: 'cs2',
    });
    const foreign = await outsider.handler.client.post(`/api/v1/cases/${opened.id}/transitions`, {
      transition: 'file',
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('a case opened in error', () => {
  it('is closed with a reason, kept, and can no longer move', async () => {
    const opened = await openCase(changshan);
    const closed = await changshan.handler.client.post(
      `/api/v1/cases/${opened.id}/close-in-error`,
      {
        reason: '重复立案，已并入另一案件',
      },
    );
    expect(closed.json()).toMatchObject({ closedInErrorReason: '重复立案，已并入另一案件' });
    const moved = await changshan.handler.client.post(`/api/v1/cases/${opened.id}/transitions`, {
      transition: 'file',
    });
    expect(moved.json().type).toMatch(/case-closed-in-error$/);
    expect(await refusal(testApp, sql`delete from cases where id = ${opened.id}`)).toMatch(
      /cases are never deleted/,
    );
  });
});

describe('the ledger', () => {
  it('holds the opening, each record with its digest, each transition and each view', async () => {
    const opened = await openCase(changshan);
    await fileCase(changshan, opened.id);
    const [record] = (
      await changshan.handler.client.get(`/api/v1/cases/${opened.id}/records`)
    ).json().items;
    await changshan.handler.client.get(`/api/v1/cases/${opened.id}`);
    await testApp.ledger.settle();
    const entries = (target: string) =>
      rows<{ action: string; body: string }>(
        testApp.database.db.execute(
          sql`select action, convert_from(body, 'UTF8') as body from ledger_entries
              where target = ${target} order by seq`,
        ),
      );
    expect((await entries(`case:${opened.id}`)).map((e) => e.action)).toEqual([
      'case.opened',
      'case.transitioned',
      'case.viewed',
    ]);
    await changshan.assistant.client.get(`/api/v1/records/${record.id}`);
    await testApp.ledger.settle();
    const [added, viewed] = await entries(`record:${record.id}`);
    expect(added!.action).toBe('case.record_added');
    expect(viewed!.action).toBe('case.record_viewed');
    expect(JSON.parse(added!.body).hashes).toEqual([
      { name: 'record', algorithm: 'sha256', hex: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
  });
});
