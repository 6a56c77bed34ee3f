import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaseBody, RECORDS, type AgencyFixture, seedAgency } from './support/case-fixtures.ts';
import { caseWalker, type CaseWalker, type FindingView } from './support/case-walk.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type TestApp } from './support/test-app.ts';

/**
 * Issue 15 point 3: every path a case can take, walked to the archive through the API —
 * the simplified procedure decided on the spot, a complaint not pursued, an investigation
 * closed without a decision — and the ordinary penalty refused a decision without any
 * investigation on record. Under 德宏 (seed-003) and 长治 (seed-002), the two regulations
 * with a 简易程序记录 (003 第二十四条, 002 第六条(二)).
 */
let testApp: TestApp;
let dehong: AgencyFixture;
let changzhi: AgencyFixture;
let walk: CaseWalker;

const now = () => new Date().toISOString();

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const admin = await signInAdmin(testApp);
  dehong = await seedAgency(testApp, admin, '003');
  changzhi = await seedAgency(testApp, admin, '002');
  walk = caseWalker(dehong);
}, 240_000);
afterAll(async () => {
  await testApp.close();
});

const simplifiedRecord = () => ({
  type: 'simplified_procedure_record',
  madeAt: now(),
  fields: {
    conditions: '违法事实确凿并有法定依据，对公民处以二百元以下罚款',
    steps: '出示执法证件，告知拟作出的处罚及理由、依据和陈述申辩权利，当场填写处罚决定书并交付',
    partyStatement: '当事人表示无异议，未提出陈述、申辩',
    statementReview: '当事人未提出陈述、申辩，无需复核',
  },
});

const archiveRecord = (number: string) => RECORDS.archiveRecord(number);

/** 当场处罚决定书, signed for by the party when handed over (行政处罚法 第五十二条). */
const decisionOnTheSpot = () => ({
  ...RECORDS.decisionDocument(),
  signature: { kind: 'signed', signers: ['赵六'], at: now() },
});

/** What a finding cites, as seed or law and article. */
const cited = (finding: FindingView | undefined) =>
  finding?.citations.map((c) => `${c.seed ?? c.law} ${c.article}`);

/** A filed ordinary penalty case of `agency`, its launch approved by the chain. */
async function filedCase(w: CaseWalker, agency: AgencyFixture) {
  const caseId = await w.open(openCaseBody(agency));
  await w.add(caseId, RECORDS.caseSource());
  const form = await w.add(caseId, RECORDS.launchForm());
  const request = await w.submit(caseId, 'launch', form.id);
  expect(request.statusCode, request.body).toBe(201);
  await w.approveAll(request.json().id);
  await w.moved(caseId, 'file');
  return caseId;
}

describe('简易程序: decided on the spot, then archived', { timeout: 180_000 }, () => {
  it('requires the record of the simplified procedure after the decision, and archives with it', async () => {
    const caseId = await walk.open(openCaseBody(dehong, { procedure: 'simplified' }));
    await walk.moved(caseId, 'decide_on_the_spot');

    const blockers = await walk.blocked(caseId, 'conclude');
    const required = blockers.find((f) => f.ruleId === 'required-record-missing');
    expect(required?.message).toContain('《简易程序记录》');
    expect(cited(required)).toEqual(['003 第二十四条']);
    const notice = blockers.find((f) => f.ruleId === 'rights-notice-missing');
    expect(notice?.severity).toBe('missing');
    expect(cited(notice)).toContain('003 第二十四条');

    // Written up after the decision on the spot: the decision stage was gone through.
    await walk.add(caseId, simplifiedRecord());
    await walk.add(caseId, decisionOnTheSpot());
    await walk.moved(caseId, 'conclude');
    await walk.add(caseId, archiveRecord('德某局-简-1'));
    await walk.moved(caseId, 'archive');
    const findings = await walk.findings(caseId);
    expect(findings.filter((f) => ['violation', 'missing'].includes(f.severity))).toEqual([]);
  });

  it('lets the on-the-spot records be made before the decision is entered (seed-002)', async () => {
    const w = caseWalker(changzhi);
    const caseId = await w.open(openCaseBody(changzhi, { procedure: 'simplified' }));
    await w.add(caseId, simplifiedRecord());
    await w.add(caseId, RECORDS.rightsNotice());
    await w.add(caseId, decisionOnTheSpot());
    await w.moved(caseId, 'decide_on_the_spot');
    await w.moved(caseId, 'conclude');
    await w.add(caseId, archiveRecord('长民宗-简-1'));
    await w.moved(caseId, 'archive');
    const findings = await w.findings(caseId);
    expect(findings.filter((f) => f.ruleId === 'rights-notice-missing')).toEqual([]);
  });

  it('still refuses a decision-stage record to an ordinary case at launch', async () => {
    const caseId = await walk.open(openCaseBody(dehong));
    const refused = await walk.handler.post(`/api/v1/cases/${caseId}/records`, simplifiedRecord());
    expectProblem(refused, 409, 'record-stage-not-reached');
  });
});

describe('a complaint not pursued', { timeout: 180_000 }, () => {
  it('is declined and archived without a rights notice', async () => {
    const caseId = await walk.open(
      openCaseBody(dehong, { launchMode: 'complaint', complainantRealName: false }),
    );
    await walk.add(caseId, {
      type: 'complaint_intake',
      madeAt: now(),
      fields: {
        receivedAt: now(),
        allegation: '某某贸易有限公司擅自设置店招',
        reviewResult: '不启动执法程序',
      },
    });
    await walk.moved(caseId, 'decline');
    await walk.add(caseId, archiveRecord('德某局-诉-1'));
    await walk.moved(caseId, 'archive');
    const findings = await walk.findings(caseId);
    expect(findings.map((f) => f.ruleId)).not.toContain('rights-notice-missing');
  });
});

describe('an investigation', { timeout: 180_000 }, () => {
  it('is not submitted for decision with no evidence on record (行政处罚法 第五十四条)', async () => {
    const caseId = await filedCase(walk, dehong);
    await walk.add(caseId, RECORDS.rightsNotice());
    const blockers = await walk.blocked(caseId, 'submit_for_decision');
    expect(blockers.map((f) => f.ruleId)).toEqual(['investigation-unrecorded']);
    expect(cited(blockers[0])).toEqual(['003 第十四条', '行政处罚法 第五十四条']);
    await walk.add(caseId, RECORDS.evidenceRegister());
    await walk.moved(caseId, 'submit_for_decision');
  });

  it('closed without a decision is archived without a rights notice', async () => {
    const caseId = await filedCase(walk, dehong);
    await walk.add(caseId, RECORDS.evidenceRegister());
    await walk.moved(caseId, 'close_without_decision');
    await walk.add(caseId, archiveRecord('德某局-查-1'));
    await walk.moved(caseId, 'archive');
    const findings = await walk.findings(caseId);
    expect(findings.map((f) => f.ruleId)).not.toContain('rights-notice-missing');
    // Nothing of the decision stage it never went through can be added.
    const late = await walk.handler.post(
      `/api/v1/cases/${caseId}/records`,
      RECORDS.decisionDraft(),
    );
    expectProblem(late, 409, 'case-archived');
  });
});
