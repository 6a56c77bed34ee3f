import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addRecord, changshanAgency, type AgencyFixture } from './support/case-fixtures.ts';
import { decidedCase as decided } from './support/decided-case.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

// Each step goes through the whole server and database; generous on a busy machine.
const SLOW = 600_000;
/**
 * Duties of national law in service and execution that bind every agency (issue 15, point
 * 7): 行政强制法 第五十四条 (10 working days after the 催告书 before applying to court),
 * 第四十四条 (强制拆除 only after a public notice, the party's own deadline and no review
 * pending) and 行政处罚法 第七十一条 (fines collected on the spot handed in within 2 working
 * days, and banked 2 after). Date is fixed in 2026, whose holidays are entered.
 */
let testApp: TestApp;
let changshan: AgencyFixture;
let handler: Client;
const NOW = Date.parse('2026-06-01T02:00:00Z'); // Monday 10:00 in China
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW, shouldAdvanceTime: true });
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  handler = changshan.handler.client;
}, SLOW);
afterAll(async () => {
  await testApp.close();
  vi.useRealTimers();
});

const decidedCase = () => decided(changshan);

type Finding = { ruleId: string; severity: string; subjectId?: string; message: string };
/**
 * The case's findings of one rule, violations first: the list's order between findings of
 * one rule is not part of what is tested.
 */
async function findingsOf(caseId: string, ruleId: string) {
  const response = await handler.get(`/api/v1/cases/${caseId}/findings`);
  expect(response.statusCode).toBe(200);
  const rank = (finding: Finding) => (finding.severity === 'violation' ? 0 : 1);
  return (response.json().items as Finding[])
    .filter((finding) => finding.ruleId === ruleId)
    .sort((a, b) => rank(a) - rank(b));
}

const demandNotice = (servedAt: string) => ({
  type: 'demand_notice',
  madeAt: servedAt,
  fields: {
    unperformedDecision: '行政处罚决定书（罚款）',
    rightsNotified: '已告知当事人有权陈述和申辩',
    servedAt,
  },
});
const courtApplication = (madeAt: string) => ({
  type: 'court_enforcement_application',
  madeAt,
  fields: { application: '向常山县人民法院申请强制执行', result: '法院已受理' },
});

describe('申请人民法院强制执行 (行政强制法 第五十四条)', { timeout: SLOW }, () => {
  it('waits 10 working days after the demand notice is served', async () => {
    const caseId = await decidedCase();
    await addRecord(handler, caseId, demandNotice(ago(20 * DAY)));
    const early = await addRecord(handler, caseId, courtApplication(ago(15 * DAY)));
    await addRecord(handler, caseId, courtApplication(ago(HOUR)));
    const findings = await findingsOf(caseId, 'court-application-premature');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'violation', subjectId: early.id }),
    ]);
    expect(findings[0]!.message).toContain('须满 10 个工作日');
  });
});

describe('强制拆除 (行政强制法 第四十四条)', { timeout: SLOW }, () => {
  const demolition = (madeAt: string, remedyStatus?: string) => ({
    type: 'compulsory_execution_record',
    madeAt,
    fields: {
      method: 'demolition',
      execution: '拆除违法搭建的彩钢棚',
      ...(remedyStatus === undefined ? {} : { remedyStatus }),
    },
  });

  it('asks whether review is pending, and refuses a demolition record that does not say', async () => {
    const caseId = await decidedCase();
    const problem = expectProblem(
      await handler.post(`/api/v1/cases/${caseId}/records`, demolition(ago(0))),
      400,
      'validation-failed',
    );
    expect(problem.invalidParams.map((p) => p.name)).toEqual(['body.fields.remedyStatus']);
  });

  it('needs a public notice, the party’s own deadline passed and no review pending', async () => {
    const caseId = await decidedCase();
    const unannounced = await addRecord(
      handler,
      caseId,
      demolition(ago(10 * DAY), '行政复议或者行政诉讼正在进行'),
    );
    const first = await findingsOf(caseId, 'demolition-unconditioned');
    expect(first.map((f) => f.subjectId)).toEqual([unannounced.id, unannounced.id]);
    expect(first.map((f) => f.message).join()).toContain('没有《强制拆除公告》');
    expect(first.map((f) => f.message).join()).toContain('尚未终结');

    const deadline = new Date(Date.now() - 2 * DAY + 8 * HOUR).toISOString().slice(0, 10);
    await addRecord(handler, caseId, {
      type: 'demolition_notice',
      madeAt: ago(9 * DAY),
      fields: { content: '限期自行拆除违法搭建的彩钢棚', selfDemolitionDeadline: deadline },
    });
    const early = await addRecord(
      handler,
      caseId,
      demolition(ago(5 * DAY), '法定期限内未申请行政复议或者提起行政诉讼'),
    );
    const lawful = await addRecord(
      handler,
      caseId,
      demolition(ago(HOUR), '法定期限内未申请行政复议或者提起行政诉讼'),
    );
    const findings = await findingsOf(caseId, 'demolition-unconditioned');
    expect(findings.filter((f) => f.subjectId === early.id)).toEqual([
      expect.objectContaining({ severity: 'violation' }),
    ]);
    expect(findings.find((f) => f.subjectId === early.id)!.message).toContain('期限尚未届满');
    expect(findings.filter((f) => f.subjectId === lawful.id)).toEqual([]);
  });
});

describe('当场收缴的罚款 (行政处罚法 第七十一条)', { timeout: SLOW }, () => {
  it('is handed in within 2 working days and banked within 2 more', async () => {
    const caseId = await decidedCase();
    const late = await addRecord(handler, caseId, {
      type: 'fine_handover_record',
      madeAt: ago(HOUR),
      fields: {
        collectedAt: ago(10 * DAY),
        handedInAt: ago(2 * DAY),
        paidToBankAt: ago(DAY),
      },
    });
    const timely = await addRecord(handler, caseId, {
      type: 'fine_handover_record',
      madeAt: ago(HOUR),
      fields: { collectedAt: ago(3 * HOUR), handedInAt: ago(2 * HOUR) },
    });
    const findings = await findingsOf(caseId, 'fine-handover-late');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'violation', subjectId: late.id }),
      expect.objectContaining({ severity: 'due', subjectId: timely.id }),
    ]);
    expect(findings[1]!.message).toContain('缴付指定的银行');
  });
});
