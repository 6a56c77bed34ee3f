import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addRecord,
  openCaseBody,
  RECORDS,
  type AgencyFixture,
  changshanAgency,
  stepActor,
} from './support/case-fixtures.ts';
import { storeEvidence } from './support/evidence-fixtures.ts';
import { makeSampleVideo } from '../src/media/make-sample-video.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

/**
 * A penalty case under 常山's regulation (seed-004) from a complaint to execution over the
 * API: the same walk the real-browser test makes, here with every blocking rule's answer
 * checked on both databases. seed-004 第十二条 puts inquiries, inspections, service and
 * execution on AV, so each of those records gets its recording.
 */
let testApp: TestApp;
let changshan: AgencyFixture;
let workDir: string;
let video: Buffer;
let caseId: string;
let handler: Client;
let copies = 0;

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const now = () => new Date().toISOString();

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  handler = changshan.handler.client;
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-walk-'));
  video = (await makeSampleVideo({ directory: workDir, seconds: 1 })).bytes;
});
afterAll(async () => {
  await testApp.close();
  await rm(workDir, { recursive: true, force: true });
});

async function move(transition: string) {
  return handler.post(`/api/v1/cases/${caseId}/transitions`, { transition });
}

async function approveAll(requestId: string) {
  let { request } = (await handler.get(`/api/v1/approvals/${requestId}`)).json();
  while (request.status === 'pending') {
    const { roles } = request.steps[request.currentStep];
    const acted = await stepActor(changshan, roles).client.post(
      `/api/v1/approvals/${requestId}/actions`,
      { action: 'approve', expectedVersion: request.version, comment: '同意', suggestions: '无' },
    );
    expect(acted.statusCode, acted.body).toBe(200);
    request = acted.json();
  }
  expect(request.status).toBe('approved');
}

/** Uploads a recording of the act and registers it against the record. */
async function recordOnAv(recordId: string, situation: string, content: string) {
  copies += 1;
  const evidenceObjectId = await storeEvidence(handler, {
    bytes: Buffer.concat([video, Buffer.from(`copy ${copies}`)]),
    fileName: `DSJ_${copies}.MP4`,
    mediaType: 'video/mp4',
    caseId,
  });
  const ended = Date.now() - HOUR;
  const response = await handler.post(`/api/v1/cases/${caseId}/av-records`, {
    evidenceObjectId,
    kind: 'video',
    content,
    situations: [situation],
    recordId,
    recordingStartedAt: iso(ended - 15 * 60_000),
    recordingEndedAt: iso(ended),
    place: '常山县天马街道某某路 8 号',
    personsPresent: ['赵六'],
    announcementMade: true,
    usedAsEvidence: false,
  });
  expect(response.statusCode).toBe(201);
}

async function blockers(transition: string) {
  const response = await move(transition);
  expect(response.statusCode).toBe(409);
  return response.json().findings as { ruleId: string; message: string }[];
}

describe('a seed-004 penalty case from a complaint to execution', () => {
  it('a real-name complaint is taken in, pursued with approval, and the case filed', async () => {
    const opened = await handler.post(
      '/api/v1/cases',
      openCaseBody(changshan, { launchMode: 'complaint', complainantRealName: true }),
    );
    expect(opened.statusCode).toBe(201);
    caseId = opened.json().id;
    await addRecord(handler, caseId, {
      type: 'complaint_intake',
      madeAt: now(),
      fields: {
        receivedAt: now(),
        complainant: '钱七',
        allegation: '某某贸易有限公司擅自设置大型店招',
        reviewResult: '需要查处',
      },
    });
    // 004 names no 程序启动审批表 (002 第四条, 003 第十条 do): for 常山 it is their practice,
    // advice that blocks nothing; the agency uses one here all the same.
    const before = (await handler.get(`/api/v1/cases/${caseId}/findings?include=advice`)).json()
      .items as {
      severity: string;
      message: string;
    }[];
    expect(before.find((f) => f.message.includes('《程序启动审批表》'))?.severity).toBe('advice');
    const form = await addRecord(handler, caseId, RECORDS.launchForm());
    const launch = (
      await handler.post(`/api/v1/cases/${caseId}/approvals`, { kind: 'launch', recordId: form.id })
    ).json();
    await approveAll(launch.id);
    expect((await move('file')).statusCode).toBe(200);
  });

  it('investigation: an inquiry and an inspection are blocked until their AV is attached', async () => {
    const inquiry = await addRecord(handler, caseId, {
      type: 'inquiry_transcript',
      madeAt: now(),
      fields: {
        officers: ['张三', '李四'],
        certificateNumbers: ['cs-001', 'cs-002'],
        certificateShown: '已出示执法证件',
        intervieweeInformation: '赵六，法定代表人',
        inquiredAt: now(),
        place: '常山县天马街道某某路 8 号',
        content: '问：店招是否经审批？答：没有。',
      },
      signature: { kind: 'signed', signers: ['赵六'], at: now() },
    });
    const inspection = await addRecord(handler, caseId, {
      type: 'on_site_inspection_transcript',
      madeAt: now(),
      fields: {
        inspectors: ['张三', '李四'],
        certificateNumbers: ['cs-001', 'cs-002'],
        certificateShown: '已出示执法证件',
        inspectedAt: now(),
        place: '常山县天马街道某某路 8 号',
        personsPresent: ['赵六'],
        findings: '门头设置大型店招，未见审批手续',
      },
      signature: { kind: 'signed', signers: ['赵六'], at: now() },
    });
    await addRecord(handler, caseId, RECORDS.rightsNotice());

    const missingAv = (await blockers('submit_for_decision')).filter(
      (f) => f.ruleId === 'mandatory-av-missing',
    );
    expect(missingAv).toHaveLength(2);
    await recordOnAv(inquiry.id, 'inquiry', '询问');
    await recordOnAv(inspection.id, 'on_site_inspection', '现场检查');
    expect((await move('submit_for_decision')).statusCode).toBe(200);
  });

  it('decision: blocked without its records, then approved by the chain and decided', async () => {
    const missing = await blockers('decide');
    expect(missing.map((f) => f.ruleId)).toContain('required-record-missing');
    await addRecord(handler, caseId, RECORDS.handlerOpinion());
    const draft = await addRecord(handler, caseId, RECORDS.decisionDraft());
    const decision = (
      await handler.post(`/api/v1/cases/${caseId}/approvals`, {
        kind: 'decision',
        recordId: draft.id,
      })
    ).json();
    await approveAll(decision.id);
    await addRecord(handler, caseId, RECORDS.decisionDocument());
    expect((await move('decide')).statusCode).toBe(200);
  });

  it('service by leaving with a witness, and execution after a demand notice, each on AV', async () => {
    const service = await addRecord(handler, caseId, {
      type: 'proof_of_service',
      madeAt: now(),
      fields: {
        method: 'leaving',
        documentServed: '行政处罚决定书',
        recipient: '常山县某某贸易有限公司',
        servedAt: now(),
        place: '常山县天马街道某某路 8 号',
        serverSignature: '张三、李四',
        refusalReason: '法定代表人拒绝签收',
        refusalDate: now().slice(0, 10),
        witnessSignature: '孙八（社区工作人员）',
      },
    });
    await addRecord(handler, caseId, {
      type: 'demand_notice',
      madeAt: now(),
      fields: {
        unperformedDecision: '行政处罚决定书（罚款）逾期未履行',
        rightsNotified: '告知当事人有权进行陈述和申辩',
      },
    });
    const execution = await addRecord(handler, caseId, {
      type: 'compulsory_execution_record',
      madeAt: now(),
      fields: { method: 'additional_fine', execution: '依法加处罚款并申请人民法院强制执行' },
    });
    const missingAv = (await blockers('conclude')).filter(
      (f) => f.ruleId === 'mandatory-av-missing',
    );
    expect(missingAv.length).toBeGreaterThanOrEqual(1);
    await recordOnAv(service.id, 'service_leaving', '留置送达');
    await recordOnAv(execution.id, 'compulsory_execution', '强制执行');
    const concluded = await move('conclude');
    expect(concluded.statusCode, concluded.body).toBe(200);
    // Nothing is left that binds 常山: the archive record is 000's and 001's practice
    // (000 第十一条, 001 第五条), advice for the next stage; never a broken duty.
    const findings = (await handler.get(`/api/v1/cases/${caseId}/findings?include=advice`)).json()
      .items as {
      ruleId: string;
      severity: string;
      stage: string;
      message: string;
    }[];
    expect(findings.filter((f) => f.severity === 'violation')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'missing')).toEqual([]);
    expect(findings.find((f) => f.message.includes('《案卷归档记录》'))).toMatchObject({
      severity: 'advice',
      stage: 'archiving',
    });
  });
});
