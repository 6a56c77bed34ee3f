import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaseBody, RECORDS, type AgencyFixture, seedAgency } from './support/case-fixtures.ts';
import { caseWalker, type CaseWalker, type FindingView } from './support/case-walk.ts';
import { createTestApp, signInAdmin, type TestApp } from './support/test-app.ts';

/**
 * 003 第十条: 情况紧急的，可先启动行政执法程序，并在启动后 24 小时内补办审批手续. Through the
 * API under 德宏 (seed-003): filed before approval, approved within the hour after filing
 * and decided; and a case left unapproved past the 24 hours, which may not move until its
 * late approval is given.
 */
let testApp: TestApp;
let dehong: AgencyFixture;
let walk: CaseWalker;

const HOUR = 3_600_000;
const TENTH = '003 第十条';
const cited = (finding: FindingView | undefined) =>
  finding?.citations.map((c) => `${c.seed ?? c.law} ${c.article}`);

beforeAll(async () => {
  // The clock is moved a day on; the sessions must outlive it.
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000', SESSION_TTL_HOURS: '72' });
  const admin = await signInAdmin(testApp);
  dehong = await seedAgency(testApp, admin, '003');
  walk = caseWalker(dehong);
}, 240_000);
afterAll(async () => {
  await testApp.close();
});

/** An emergency launch filed at once, its launch approval form made but not approved. */
async function filedInEmergency() {
  const caseId = await walk.open(openCaseBody(dehong, { emergency: true }));
  await walk.add(caseId, RECORDS.caseSource());
  const form = await walk.add(caseId, RECORDS.launchForm());
  await walk.moved(caseId, 'file');
  // Investigated: evidence and the rights notice on file, so only the approval is missing.
  await walk.add(caseId, RECORDS.evidenceRegister());
  await walk.add(caseId, RECORDS.rightsNotice());
  return { caseId, formId: form.id };
}

async function approveLaunch(caseId: string, formId: string) {
  const submitted = await walk.submit(caseId, 'launch', formId);
  expect(submitted.statusCode, submitted.body).toBe(201);
  await walk.approveAll(submitted.json().id);
}

describe('an emergency launch under seed-003', { timeout: 180_000 }, () => {
  it('is approved within the hour after filing, and only then decided', async () => {
    const { caseId, formId } = await filedInEmergency();
    const held = await walk.blocked(caseId, 'submit_for_decision');
    expect(held.map((f) => f.ruleId)).toEqual(['launch-unapproved']);
    expect(cited(held[0])).toEqual([TENTH]);
    expect(held[0]!.message).toContain('审批前不得调查终结、作出决定或结案');
    expect(await walk.blocked(caseId, 'close_without_decision')).toHaveLength(1);

    await approveLaunch(caseId, formId);
    await walk.moved(caseId, 'submit_for_decision');
    await walk.add(caseId, RECORDS.handlerOpinion());
    const draft = await walk.add(caseId, RECORDS.decisionDraft());
    const decision = await walk.submit(caseId, 'decision', draft.id);
    expect(decision.statusCode, decision.body).toBe(201);
    await walk.approveAll(decision.json().id);
    await walk.add(caseId, RECORDS.decisionDocument());
    await walk.moved(caseId, 'decide');
    const findings = await walk.findings(caseId);
    expect(findings.filter((f) => f.ruleId.includes('launch'))).toEqual([]);
  });

  it('left unapproved past 24 hours may not move until the late approval', async () => {
    const { caseId, formId } = await filedInEmergency();
    testApp.advance(25 * HOUR);

    const held = await walk.blocked(caseId, 'submit_for_decision');
    expect(held[0]!.ruleId).toBe('launch-unapproved');
    expect(held[0]!.stage).toBe('launch');
    expect(cited(held[0])).toEqual([TENTH]);
    expect(held[0]!.message).toContain('未补办程序启动审批手续，案件不得继续办理');
    const late = (await walk.findings(caseId)).find(
      (f) => f.ruleId === 'emergency-launch-unapproved',
    );
    expect(late).toMatchObject({ severity: 'violation' });
    expect(cited(late)).toEqual([TENTH]);

    // The late approval is still taken; the breach stays on the case.
    await approveLaunch(caseId, formId);
    await walk.moved(caseId, 'submit_for_decision');
    const after = (await walk.findings(caseId)).filter((f) => f.ruleId.includes('launch'));
    expect(after.map((f) => [f.ruleId, f.severity])).toEqual([
      ['emergency-launch-unapproved', 'violation'],
    ]);
  });
});
