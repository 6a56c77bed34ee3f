import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addRecord,
  agencyWithOfficers,
  caseFindings,
  openCaseBody,
  RECORDS,
  type AgencyFixture,
} from './support/case-fixtures.ts';
import { caseWalker } from './support/case-walk.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type TestApp } from './support/test-app.ts';

/**
 * Issue 15, point 2: the lists of an agency's own profile drive what its work must contain.
 * 德宏 (003) edits its copy, and the next cases follow the edit: the act types it governs,
 * the items of its simplified-procedure record, and the service methods it names.
 */
let testApp: TestApp;
let dehong: AgencyFixture;
const own = () => `/api/v1/agencies/${dehong.agencyId}/own-profile`;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const admin = await signInAdmin(testApp);
  dehong = await agencyWithOfficers(testApp, admin, {
    name: '德宏州市场监督管理局',
    code: '德市监',
    profileId: 'seed-003',
    prefix: 'dh',
  });
}, 300_000);
afterAll(() => testApp.close());

const now = () => new Date().toISOString();
const walk = () => caseWalker(dehong);

/** 简易程序记录 without item 3, 当事人陈述、申辩的记录. */
const simplifiedWithoutStatement = () => ({
  type: 'simplified_procedure_record',
  madeAt: now(),
  fields: {
    conditions: '违法事实确凿并有法定依据，对公民处以二百元以下罚款',
    steps: '出示执法证件，告知拟作出的处罚及理由、依据和陈述申辩权利，当场填写处罚决定书并交付',
    statementReview: '当事人未提出陈述、申辩，无需复核',
  },
});

async function openCase(overrides: Record<string, unknown> = {}) {
  return dehong.handler.client.post('/api/v1/cases', openCaseBody(dehong, overrides));
}

describe('an agency’s own lists', () => {
  it('under the standard 003 profile: all six act types, all seven items, 邮寄送达 without advice', async () => {
    const licensing = await openCase({ actType: 'licensing' });
    expect(licensing.statusCode).toBe(201);
    const simplified = await openCase({ procedure: 'simplified' });
    const caseId = simplified.json().id as string;
    const refused = await dehong.handler.client.post(
      `/api/v1/cases/${caseId}/records`,
      simplifiedWithoutStatement(),
    );
    expectProblem(refused, 400, 'validation-failed');
    expect(refused.json().invalidParams).toContainEqual(
      expect.objectContaining({ name: 'body.fields.partyStatement' }),
    );
    await walk().moved(caseId, 'decide_on_the_spot');
    await addRecord(dehong.handler.client, caseId, RECORDS.postalService());
    expect(await caseFindings(dehong.handler.client, caseId, 'method-outside-profile')).toEqual([]);
  });

  it('after the head narrows them, new cases follow the edited lists', async () => {
    const copied = await dehong.chief.client.post(own(), { basedOn: 'seed-003' });
    expect(copied.statusCode).toBe(201);
    const { id: _id, seed: _seed, ...profile } = copied.json().profile;
    const keep = (items: { value: string }[], drop: string) =>
      items.filter((item) => item.value !== drop);
    const edited = {
      ...profile,
      actTypes: profile.actTypes.filter((item: { value: string }) =>
        ['行政处罚', '行政检查'].includes(item.value),
      ),
      simplifiedProcedureRecordItems: keep(
        profile.simplifiedProcedureRecordItems,
        '当事人陈述、申辩的记录',
      ),
      serviceMethods: keep(profile.serviceMethods, '邮寄送达'),
    };
    const saved = await dehong.chief.client.post(`${own()}/versions`, {
      expectedVersion: 1,
      note: '本局仅办理处罚和检查；简易程序记录和送达方式按本局实际',
      profile: edited,
    });
    expect(saved.statusCode).toBe(201);

    const licensing = await openCase({ actType: 'licensing' });
    expectProblem(licensing, 400, 'validation-failed');
    const [param] = licensing.json().invalidParams;
    expect(param.name).toBe('body.actType');
    expect(param.reason).toContain('行政处罚、行政检查');
    expect(param.reason).toContain('不含“行政许可”');

    const simplified = await openCase({ procedure: 'simplified' });
    expect(simplified.statusCode).toBe(201);
    const caseId = simplified.json().id as string;
    await addRecord(dehong.handler.client, caseId, simplifiedWithoutStatement());
    const incomplete = await caseFindings(dehong.handler.client, caseId, 'record-incomplete');
    // Still shown as what 003 第二十四条 names, but as advice: the agency's list left it out.
    expect(incomplete.map((finding) => finding.severity)).toEqual(['advice']);
    expect(incomplete[0]!.message).toContain('当事人陈述、申辩的记录');

    await walk().moved(caseId, 'decide_on_the_spot');
    await addRecord(dehong.handler.client, caseId, RECORDS.postalService());
    const [advice] = await caseFindings(dehong.handler.client, caseId, 'method-outside-profile');
    expect(advice).toMatchObject({ severity: 'advice' });
    expect(advice!.message).toContain('采用“邮寄送达”');
    expect(advice!.citations).toEqual([
      expect.objectContaining({ seed: '003', article: '第二十五条' }),
    ]);
  });
});
