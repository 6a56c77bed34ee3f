import { createHash } from 'node:crypto';
import { todayInShanghai, yearOf } from '@liuhen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changshanAgency,
  COMPANY,
  pingluoAgency,
  RECORDS,
  type AgencyFixture,
} from './support/case-fixtures.ts';
import { caseAtDecision, decidedCase } from './support/decided-case.ts';
import { DOCUMENT_SETTINGS, recordOfType } from './support/documents-world.ts';
import { entriesOf, type StoredEntry } from './support/ledger-helpers.ts';
import { flat, pdfText } from './support/pdf-text.ts';
import { logIdFor } from '../src/ledger/log-id.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let fixture: AgencyFixture;
let caseId: string;
let noticeId: string;
const year = yearOf(todayInShanghai(new Date()));

const SETTINGS = DOCUMENT_SETTINGS;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function publicGet(url: string) {
  return testApp.app.inject({ method: 'GET', url });
}
function publicPdf(url: string, bytes: Uint8Array) {
  return testApp.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/pdf' },
    payload: Buffer.from(bytes),
  });
}

beforeAll(async () => {
  testApp = await createTestApp();
  admin = await signInAdmin(testApp);
  fixture = await changshanAgency(testApp, admin);
  caseId = await caseAtDecision(fixture);
  noticeId = await recordOfType(fixture.handler.client, caseId, 'rights_notice');
});
afterAll(() => testApp.close());

describe('document settings', () => {
  it('shows defaults from the agency until its head saves its own', async () => {
    const view = (
      await fixture.handler.client.get(`/api/v1/agencies/${fixture.agencyId}/document-settings`)
    ).json();
    expect(view.version).toBeNull();
    expect(view.reconsiderationBody).toBeNull();
    const decision = view.effectivePatterns.find(
      (p: { kind: string }) => p.kind === 'decision_document',
    );
    expect(decision.own).toBe(false);
    expect(decision.example).toMatch(new RegExp(`罚决字〔${year}〕第1号$`));
  });

  it('refuses an officer, a stale version and a pattern without its year', async () => {
    const url = `/api/v1/agencies/${fixture.agencyId}/document-settings`;
    expectProblem(await fixture.handler.client.put(url, SETTINGS), 403, 'forbidden');
    const bad = expectProblem(
      await fixture.chief.client.put(url, {
        ...SETTINGS,
        numberPatterns: { decision_document: '罚字第{号}号' },
      }),
      400,
      'validation-failed',
    );
    expect(bad.invalidParams[0]?.reason).toContain('{年}');
    expectProblem(
      await fixture.chief.client.put(url, { ...SETTINGS, expectedVersion: 3 }),
      409,
      'document-settings-version-stale',
    );
    const saved = await fixture.chief.client.put(url, SETTINGS);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    expectProblem(
      await fixture.chief.client.put(url, SETTINGS),
      409,
      'document-settings-version-stale',
    );
  });
});

describe('a draft', () => {
  it('prints the record as the party will read it, marked 草稿 and without a number', async () => {
    const response = await fixture.handler.client.get(
      `/api/v1/records/${noticeId}/document?format=pdf`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = flat(await pdfText(response.rawPayload));
    expect(text).toContain('行政处罚事先告知书');
    // The diagonal 草稿 mark comes out one character at a time.
    expect(text).toContain('草');
    expect(text).toContain('稿');
    expect(text).toContain('常山县综合行政执法局');
    expect(text).toContain('经调查，经调查，当事人存在涉嫌违法的事实');
    expect(text).not.toContain('罚告字');
  });

  it('is a DOCX when asked, named as a draft', async () => {
    const response = await fixture.handler.client.get(
      `/api/v1/records/${noticeId}/document?format=docx`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain(
      '行政处罚事先告知书（草稿）.docx',
    );
  });
});

describe('issuing', () => {
  let issued: { id: string; number: string; sha256: string; verificationCode: string };

  it('takes the first number of the year, stores the PDF and puts its digest on the ledger', async () => {
    const response = await fixture.handler.client.post(`/api/v1/records/${noticeId}/issue`);
    expect(response.statusCode, response.body).toBe(201);
    issued = response.json();
    expect(issued.number).toBe(`常综执罚告字〔${year}〕第001号`);
    const pdf = await fixture.handler.client.get(`/api/v1/documents/${issued.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(sha256(pdf.rawPayload)).toBe(issued.sha256);
    const text = flat(await pdfText(pdf.rawPayload));
    expect(text).toContain(issued.number);
    expect(text).toContain(issued.verificationCode);
    expect(text).not.toContain('稿');

    await testApp.ledger.settle();
    const entries = (await entriesOf(
      testApp.database.db,
      logIdFor(fixture.agencyId),
    )) as (StoredEntry & {
      hashes: unknown[];
    })[];
    const entry = entries.find(
      (e) => e.action === 'document.issued' && e.data.documentId === issued.id,
    );
    expect(entry?.data.number).toBe(issued.number);
    expect(entry?.hashes).toContainEqual({
      name: 'document',
      algorithm: 'sha256',
      hex: issued.sha256,
    });
    expect(
      entries.some((e) => e.action === 'document.viewed' && e.data.form === 'issued_pdf'),
    ).toBe(true);
  });

  it('refuses to issue the same record twice, and a void keeps the number taken', async () => {
    expectProblem(
      await fixture.handler.client.post(`/api/v1/records/${noticeId}/issue`),
      409,
      'document-already-issued',
    );
    expectProblem(
      await fixture.handler.client.post(`/api/v1/documents/${issued.id}/void`, { reason: '' }),
      400,
      'validation-failed',
    );
    const voided = await fixture.handler.client.post(`/api/v1/documents/${issued.id}/void`, {
      reason: '当事人姓名有误，重新制作',
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json().voided.reason).toBe('当事人姓名有误，重新制作');
    expectProblem(
      await fixture.handler.client.post(`/api/v1/documents/${issued.id}/void`, {
        reason: '再次作废',
      }),
      409,
      'document-already-voided',
    );
    const again = await fixture.handler.client.post(`/api/v1/records/${noticeId}/issue`);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().number).toBe(`常综执罚告字〔${year}〕第002号`);
    const list = (await fixture.handler.client.get(`/api/v1/cases/${caseId}/documents`)).json();
    expect(
      list.items.map((d: { number: string; voided: unknown }) => [d.number, d.voided !== null]),
    ).toEqual([
      [`常综执罚告字〔${year}〕第002号`, false],
      [`常综执罚告字〔${year}〕第001号`, true],
    ]);
  });

  it('refuses a 决定书 without the items 行政处罚法 第五十九条 requires, and takes no number', async () => {
    const id = await decidedCase(fixture);
    const decision = await recordOfType(fixture.handler.client, id, 'decision_document');
    const refused = expectProblem(
      await fixture.handler.client.post(`/api/v1/records/${decision}/issue`),
      422,
      'document-incomplete',
    ) as ReturnType<typeof expectProblem> & { missing: string[] };
    expect(refused.missing).toEqual(['当事人地址', '证据', '处罚种类和幅度', '履行方式和期限']);
    const list = (await fixture.handler.client.get(`/api/v1/cases/${id}/documents`)).json();
    expect(list.items).toEqual([]);
  });

  it('issues a 决定书 that states the party, the facts, the basis and the penalty in words', async () => {
    const power = await fixture.chief.client.post(`/api/v1/agencies/${fixture.agencyId}/powers`, {
      name: '对擅自占用城市道路摆摊设点的处罚',
      category: 'penalty',
      provisionViolated: '《城市市容和环境卫生管理条例》第十四条',
      provisionApplied: '《城市市容和环境卫生管理条例》第三十六条',
      penaltyKinds: ['warning', 'fine'],
      fineMax: '500',
    });
    expect(power.statusCode, power.body).toBe(201);
    const id = await decidedCase(fixture, RECORDS.decisionDocument(), {
      parties: [{ ...COMPANY, address: '常山县天马街道人民路12号' }],
    });
    const facts = await fixture.handler.client.put(`/api/v1/cases/${id}/facts`, {
      expectedVersion: 0,
      facts: '当事人在人民路人行道摆摊销售水果，经劝阻仍不改正。',
      evidence: ['现场检查笔录', '现场照片三张'],
      violations: [
        {
          powerId: power.json().id,
          powerVersion: power.json().version,
          conduct: '擅自占用城市道路摆摊设点',
        },
      ],
      penalties: [{ kind: 'fine', amount: '300.50' }],
      performanceDays: null,
      mitigation: null,
    });
    expect(facts.statusCode, facts.body).toBe(200);
    const decision = await recordOfType(fixture.handler.client, id, 'decision_document');
    const issued = await fixture.handler.client.post(`/api/v1/records/${decision}/issue`);
    expect(issued.statusCode, issued.body).toBe(201);
    // The first 决定书 of the year: the refused one above took no number.
    expect(issued.json().number).toBe(`常综执罚决字〔${year}〕第1号`);
    const pdf = await fixture.handler.client.get(`/api/v1/documents/${issued.json().id}/pdf`);
    const text = flat(await pdfText(pdf.rawPayload));
    expect(text).toContain('常山县某某贸易有限公司');
    expect(text).toContain('常山县天马街道人民路12号');
    expect(text).toContain(issued.json().number);
    expect(text).toContain('现场照片三张');
    expect(text).toContain('罚款人民币叁佰元伍角（¥300.50）');
    expect(text).toContain('自收到本决定书之日起15日内缴纳罚款');
    expect(text).toContain('60日内向常山县人民政府申请行政复议');
    expect(text).toContain('6个月内向常山县人民法院提起行政诉讼');
  });

  it('is refused to an officer of another agency as if the record did not exist', async () => {
    const other = await pingluoAgency(testApp, admin);
    expectProblem(
      await other.handler.client.post(`/api/v1/records/${noticeId}/issue`),
      404,
      'not-found',
    );
    expectProblem(
      await other.handler.client.get(`/api/v1/records/${noticeId}/document`),
      404,
      'not-found',
    );
  });
});

describe('public verification', () => {
  let document: { id: string; number: string; sha256: string; verificationCode: string };
  let bytes: Buffer;

  beforeAll(async () => {
    const list = (await fixture.handler.client.get(`/api/v1/cases/${caseId}/documents`)).json();
    document = list.items[0];
    bytes = (await fixture.handler.client.get(`/api/v1/documents/${document.id}/pdf`)).rawPayload;
  });

  it('tells anyone with the code what was issued, when and by whom, and nothing of the party', async () => {
    const response = await publicGet(
      `/api/v1/public/documents/${document.verificationCode.toLowerCase()}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({
      status: 'issued',
      number: document.number,
      title: '行政处罚事先告知书',
      agencyName: '常山县综合行政执法局',
      issuedByName: '张三',
      sha256: document.sha256,
    });
    expect(response.body).not.toContain('王五');
    expect(response.body).not.toContain('11010519491231002X');
  });

  it('confirms the issued PDF and rejects it with one byte changed', async () => {
    const same = await publicPdf(
      `/api/v1/public/documents/${document.verificationCode}/compare`,
      bytes,
    );
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().matches).toBe(true);
    const altered = Buffer.from(bytes);
    const middle = Math.floor(altered.length / 2);
    altered[middle] = altered[middle]! ^ 0x01;
    const changed = await publicPdf(
      `/api/v1/public/documents/${document.verificationCode}/compare`,
      altered,
    );
    expect(changed.json()).toMatchObject({ matches: false, sha256: sha256(altered) });
  });

  it('finds the document from the PDF alone, and says when a code is unknown', async () => {
    const found = await publicPdf('/api/v1/public/documents/identify', bytes);
    expect(found.json()).toMatchObject({ matches: true, document: { number: document.number } });
    const unknown = await publicPdf(
      '/api/v1/public/documents/identify',
      Buffer.from('%PDF-1.7 nothing'),
    );
    expect(unknown.json()).toMatchObject({ matches: false, document: null });
    expectProblem(
      await publicGet('/api/v1/public/documents/ZZZZ-ZZZZ-ZZZZ'),
      404,
      'document-not-found',
    );
    expectProblem(
      await publicGet('/api/v1/public/documents/not-a-code'),
      404,
      'document-not-found',
    );
  });

  it('shows a voided document as void, with the reason', async () => {
    const list = (await fixture.handler.client.get(`/api/v1/cases/${caseId}/documents`)).json();
    const voided = list.items.find((d: { voided: unknown }) => d.voided !== null);
    const view = (await publicGet(`/api/v1/public/documents/${voided.verificationCode}`)).json();
    expect(view).toMatchObject({ status: 'voided', voidReason: '当事人姓名有误，重新制作' });
  });
});
