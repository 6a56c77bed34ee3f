import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addRecord,
  agencyWithOfficers,
  changshanAgency,
  fileCase,
  inquiryTranscript,
  openCaseBody,
  RECORDS,
  type AgencyFixture,
  seedAgency,
} from './support/case-fixtures.ts';
import { decidedCase } from './support/decided-case.ts';
import { createTestApp, signInAdmin, type TestApp } from './support/test-app.ts';

// Each step goes through the whole server and database; generous on a busy machine.
const SLOW = 600_000;
/**
 * Duties of issue 15 point 6 that the agency's own regulation imposes, through the API:
 * 000 第十二条 强制拆除 on AV once the execution says it demolished; 004 第十一条 the
 * rectification checked 按期 and on photo or video; 004 音像记录事项清单 rows 8 and 9 (a
 * refusal to cooperate, an oral statement) on AV; 003 第十五条 the notice before a decision
 * that is not a penalty. Date fixed in 2026, whose holidays are entered.
 */
let testApp: TestApp;
let changshan: AgencyFixture;
let township: AgencyFixture;
let dehong: AgencyFixture;
const NOW = Date.parse('2026-06-01T02:00:00Z'); // Monday 10:00 in China
const DAY = 86_400_000;
const dateOf = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW, shouldAdvanceTime: true });
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  township = await agencyWithOfficers(testApp, admin, {
    name: '某镇人民政府',
    code: '某镇',
    profileId: 'seed-000',
    prefix: 'tw',
  });
  dehong = await seedAgency(testApp, admin, '003');
}, SLOW);
afterAll(async () => {
  await testApp.close();
  vi.useRealTimers();
});

type Finding = { ruleId: string; severity: string; subjectId?: string; message: string };
async function findingsOf(fixture: AgencyFixture, caseId: string, ruleId: string) {
  const response = await fixture.handler.client.get(`/api/v1/cases/${caseId}/findings`);
  expect(response.statusCode).toBe(200);
  return (response.json().items as Finding[]).filter((finding) => finding.ruleId === ruleId);
}

describe('000 第十二条: 强制拆除 on AV', { timeout: SLOW }, () => {
  it('is recognised from an execution record whose method is 强制拆除', async () => {
    const caseId = await decidedCase(township);
    const execution = await addRecord(township.handler.client, caseId, {
      type: 'compulsory_execution_record',
      madeAt: new Date().toISOString(),
      fields: {
        method: 'demolition',
        remedyStatus: '法定期限内未申请行政复议或者提起行政诉讼',
        execution: '拆除违法搭建的彩钢棚',
      },
    });
    const findings = await findingsOf(township, caseId, 'mandatory-av-missing');
    const finding = findings.find((f) => f.subjectId === execution.id);
    expect(finding).toMatchObject({ severity: 'missing' });
    expect(finding!.message).toContain('强制拆除');
    expect(finding!.message).toContain('第十二条');
  });
});

describe('004 第十一条: rectification checked 按期, on photo or video', { timeout: SLOW }, () => {
  it('is due from the decision’s date to rectify, late after, and wants pictures', async () => {
    const dueOn = dateOf(Date.now() - 10 * DAY);
    const caseId = await decidedCase(changshan, {
      ...RECORDS.decisionDocument(),
      fields: { ...RECORDS.decisionDocument().fields, rectificationDueOn: dueOn },
    });
    const overdue = await findingsOf(changshan, caseId, 'rectification-check-late');
    expect(overdue).toEqual([expect.objectContaining({ severity: 'violation' })]);
    expect(overdue[0]!.message).toContain('至今没有改正情况核查记录');
    const check = await addRecord(changshan.handler.client, caseId, {
      type: 'rectification_check',
      madeAt: new Date().toISOString(),
      fields: { dueOn, checkedOn: dateOf(Date.now()), rectification: '已拆除违法设置的店招' },
    });
    const after = await findingsOf(changshan, caseId, 'rectification-check-late');
    expect(after.map((f) => [f.severity, f.subjectId])).toEqual([
      ['violation', check.id],
      ['missing', check.id],
    ]);
    expect(after[0]!.message).toContain('未按期');
    expect(after[1]!.message).toContain('拍照、录像、录音');
  });
});

describe('004 音像记录事项清单 rows 8 and 9', { timeout: SLOW }, () => {
  it('puts a refusal to cooperate and an oral statement on AV', async () => {
    const handler = changshan.handler.client;
    const opened = await handler.post('/api/v1/cases', openCaseBody(changshan));
    const caseId = opened.json().id as string;
    await fileCase(changshan, caseId);
    const base = inquiryTranscript(new Date().toISOString());
    const refusal = await addRecord(handler, caseId, {
      ...base,
      fields: { ...base.fields, refusalToCooperate: '当事人拒绝回答询问，拒绝提供营业执照' },
    });
    const statement = await addRecord(handler, caseId, {
      type: 'statement_defence_transcript',
      madeAt: new Date().toISOString(),
      fields: { speaker: '赵六', statement: '店招是临时设置，请求从轻处罚' },
      signature: { kind: 'signed', signers: ['赵六'], at: new Date().toISOString() },
    });
    const findings = await findingsOf(changshan, caseId, 'mandatory-av-missing');
    expect(findings.find((f) => f.subjectId === refusal.id)!.message).toContain('不配合执法');
    expect(findings.find((f) => f.subjectId === statement.id)!.message).toContain('口头陈述、申辩');
  });
});

describe('003 第十五条: the notice before every decision', { timeout: SLOW }, () => {
  it('asks an inspection at decision for a notice or an on-site transcript', async () => {
    const caseId = await caseAtDecisionWithoutNotice(dehong);
    const findings = await findingsOf(dehong, caseId, 'rights-notice-missing');
    expect(findings).toEqual([expect.objectContaining({ severity: 'missing' })]);
    expect(findings[0]!.message).toContain('告知书或现场笔录');
    await addRecord(dehong.handler.client, caseId, RECORDS.rightsNotice());
    expect(await findingsOf(dehong, caseId, 'rights-notice-missing')).toEqual([]);
  });
});

async function caseAtDecisionWithoutNotice(fixture: AgencyFixture) {
  const handler = fixture.handler.client;
  const opened = await handler.post(
    '/api/v1/cases',
    openCaseBody(fixture, { actType: 'inspection', name: '某某加油站安全检查' }),
  );
  expect(opened.statusCode, opened.body).toBe(201);
  const id = opened.json().id as string;
  await fileCase(fixture, id);
  const moved = await handler.post(`/api/v1/cases/${id}/transitions`, {
    transition: 'submit_for_decision',
  });
  expect(moved.statusCode, moved.body).toBe(200);
  return id;
}
