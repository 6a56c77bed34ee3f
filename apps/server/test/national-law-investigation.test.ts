import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addRecord,
  changshanAgency,
  fileCase,
  openCaseBody,
  type AgencyFixture,
} from './support/case-fixtures.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

// Each step goes through the whole server and database; generous on a busy machine.
const SLOW = 600_000;
/**
 * Duties of national law during the investigation that bind every agency (issue 15, point
 * 7): 行政处罚法 第五十六条 (先行登记保存 → handling decision within 7 working days),
 * 行政强制法 第十九条 (an emergency measure reported to the head within 24 hours) and
 * 第二十五条 (查封、扣押 at most 30 days, 30 more with the head's approval), and 行政处罚法
 * 第六十四条 (the hearing notified seven working days before). Date is fixed in
 * 2026 (holidays entered) so the working-day deadlines are decidable and the same each run.
 */
let testApp: TestApp;
let changshan: AgencyFixture;
let handler: Client;
const NOW = Date.parse('2026-06-01T02:00:00Z'); // Monday 10:00 in China
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const signed = () => ({ kind: 'signed', signers: ['赵六'], at: ago(0) });

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW, shouldAdvanceTime: true });
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000', SESSION_TTL_HOURS: '720' });
  const admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  handler = changshan.handler.client;
}, SLOW);
afterAll(async () => {
  await testApp.close();
  vi.useRealTimers();
});

async function filedCase() {
  const opened = await handler.post('/api/v1/cases', openCaseBody(changshan));
  expect(opened.statusCode, opened.body).toBe(201);
  const id = opened.json().id as string;
  await fileCase(changshan, id);
  return id;
}

type Finding = { ruleId: string; severity: string; subjectId?: string; message: string };
/**
 * The case's findings of one rule, violations first: the list's order between findings of
 * one rule is not part of what is tested (two records made in the same instant tie).
 */
async function findingsOf(caseId: string, ruleId: string) {
  const response = await handler.get(`/api/v1/cases/${caseId}/findings`);
  expect(response.statusCode).toBe(200);
  const rank = (finding: Finding) => (finding.severity === 'violation' ? 0 : 1);
  return (response.json().items as Finding[])
    .filter((finding) => finding.ruleId === ruleId)
    .sort((a, b) => rank(a) - rank(b));
}

const preservation = (madeAt: string) => ({
  type: 'advance_preservation',
  madeAt,
  fields: {
    reason: '证据可能灭失',
    object: '无证经营的货物 20 箱',
    form: ['先行登记保存证据法定文书'],
    documentIssued: '先行登记保存证据通知书及清单',
  },
  signature: signed(),
});

const measure = (madeAt: string, kind: string, emergency?: boolean) => ({
  type: 'coercive_measure_decision',
  madeAt,
  fields: {
    measure: kind,
    object: '涉案货物 20 箱',
    ...(emergency === undefined ? {} : { onTheSpotInEmergency: emergency }),
  },
  signature: signed(),
});

describe('先行登记保存 (行政处罚法 第五十六条)', { timeout: SLOW }, () => {
  it('wants a handling decision within 7 working days of each preservation', async () => {
    const caseId = await filedCase();
    const old = await addRecord(handler, caseId, preservation(ago(20 * DAY)));
    const fresh = await addRecord(handler, caseId, preservation(ago(HOUR)));
    const before = await findingsOf(caseId, 'preservation-unhandled');
    expect(before).toEqual([
      expect.objectContaining({ severity: 'violation', subjectId: old.id }),
      expect.objectContaining({ severity: 'due', subjectId: fresh.id }),
    ]);
    await addRecord(handler, caseId, {
      type: 'preservation_handling',
      madeAt: ago(0),
      fields: { handling: '经检查，货物与案件无关，解除先行登记保存并返还当事人' },
    });
    const after = await findingsOf(caseId, 'preservation-unhandled');
    expect(after).toEqual([expect.objectContaining({ severity: 'violation', subjectId: old.id })]);
    expect(after[0]!.message).toContain('已超期');
  });
});

describe('当场实施行政强制措施 (行政强制法 第十九条)', { timeout: SLOW }, () => {
  it('is reported to the agency head within 24 hours', async () => {
    const caseId = await filedCase();
    const late = await addRecord(handler, caseId, measure(ago(30 * HOUR), '扣押物品或财产', true));
    const timely = await addRecord(handler, caseId, measure(ago(2 * HOUR), '扣押物品或财产', true));
    await addRecord(handler, caseId, measure(ago(2 * HOUR), '扣押物品或财产', false));
    expect(await findingsOf(caseId, 'emergency-measure-unreported')).toEqual([
      expect.objectContaining({ severity: 'violation', subjectId: late.id }),
      expect.objectContaining({ severity: 'due', subjectId: timely.id }),
    ]);
    await addRecord(handler, caseId, {
      type: 'emergency_measure_report',
      madeAt: ago(0),
      fields: {
        reportedAt: ago(0),
        head: '周局长',
        approval: '同意扣押，补办批准手续',
      },
    });
    expect(await findingsOf(caseId, 'emergency-measure-unreported')).toEqual([
      expect.objectContaining({ severity: 'violation', subjectId: late.id }),
    ]);
  });

  it('refuses a report that does not say when it was made or to whom', async () => {
    const caseId = await filedCase();
    const response = await handler.post(`/api/v1/cases/${caseId}/records`, {
      type: 'emergency_measure_report',
      madeAt: ago(0),
      fields: { approval: '同意' },
    });
    const problem = expectProblem(response, 400, 'validation-failed');
    expect(problem.invalidParams.map((p) => p.name).sort()).toEqual([
      'body.fields.head',
      'body.fields.reportedAt',
    ]);
  });
});

describe('查封、扣押的期限 (行政强制法 第二十五条)', { timeout: SLOW }, () => {
  it('is 30 days, or up to 30 more when the head extends it in time', async () => {
    const caseId = await filedCase();
    const expired = await addRecord(handler, caseId, measure(ago(40 * DAY), '查封场所、设施'));
    const extended = await addRecord(handler, caseId, measure(ago(25 * DAY), '扣押物品或财产'));
    const seizures = () => findingsOf(caseId, 'seizure-overdue');
    expect(await seizures()).toEqual([
      expect.objectContaining({ severity: 'violation', subjectId: expired.id }),
      expect.objectContaining({ severity: 'due', subjectId: extended.id }),
    ]);
    const until = new Date(Date.now() + 20 * DAY + 8 * HOUR).toISOString().slice(0, 10);
    await addRecord(handler, caseId, {
      type: 'seizure_extension',
      madeAt: ago(0),
      fields: {
        approvedBy: '周局长',
        reason: '案情复杂，需等待检验结果',
        extendedUntil: until,
        partyNotified: '已书面告知当事人延长期限及理由',
      },
    });
    testApp.advance(10 * DAY); // 35 days after the seizure: past 30, within the extension
    const later = await seizures();
    expect(later).toHaveLength(2);
    expect(later[1]).toMatchObject({ severity: 'due', subjectId: extended.id });
    expect(later[1]!.message).toContain('经负责人批准延长至');
    await addRecord(handler, caseId, {
      type: 'seizure_handling',
      madeAt: ago(0),
      fields: { handling: '没收', details: '涉案货物依法没收' },
    });
    expect(await seizures()).toEqual([
      expect.objectContaining({ severity: 'violation', subjectId: expired.id }),
    ]);
  });
});

describe('听证通知 (行政处罚法 第六十四条)', { timeout: SLOW }, () => {
  it('is given seven working days before the hearing', async () => {
    const caseId = await filedCase();
    const notice = (days: number) => ({
      type: 'hearing_notice',
      madeAt: ago(0),
      fields: {
        requestedOn: new Date(Date.now() - 2 * DAY + 8 * HOUR).toISOString().slice(0, 10),
        notifiedAt: ago(0),
        scheduledAt: new Date(Date.now() + days * DAY).toISOString(),
        place: '常山县综合行政执法局听证室',
      },
    });
    const hurried = await addRecord(handler, caseId, notice(3));
    await addRecord(handler, caseId, notice(14));
    const findings = await findingsOf(caseId, 'hearing-notice-late');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'violation', subjectId: hurried.id }),
    ]);
    expect(findings[0]!.message).toContain('不足 7 个工作日');
  });
});
