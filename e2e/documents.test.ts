import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, ApiSession, openPenaltyCase, setUpAgency } from './support/api-setup.ts';
import { animationsDone, clickWhenSettled, signIn, watchConsoleErrors } from './support/app.ts';
import { launchBrowser, openPage, screenshot } from './support/browser.ts';
import { fileThroughApi } from './support/filed-case.ts';
import { makeRecord, nowText } from './support/record-form.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';
import { drawSignature } from './support/signature-pad.ts';

/**
 * Issue 16, "Done when", in a real browser against the real server: the officer fills a
 * 询问笔录 in the form, the party signs on screen, the officer issues it (文号, stored PDF with
 * QR codes), opens it to print, and the public verification page confirms the issued PDF and
 * rejects it with one byte changed.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let caseId: string;
let handler: { session: ApiSession; id: string };
let workDir: string;

const PASSWORD = 'Zhifa-2026-wenshu';

interface Issued {
  id: string;
  number: string;
  verificationCode: string;
  sha256: string;
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-e2e-documents-'));
  server = await startServerProcess();
  const admin = new ApiSession(server.url);
  await admin.firstSignIn('admin', server.oneTimePassword, PASSWORD);
  const ids = await setUpAgency(admin, {
    name: '常山县综合行政执法局',
    code: '常综执',
    profileId: 'seed-004',
    department: '执法一中队',
    people: [],
    password: PASSWORD,
  });
  const person = (username: string, displayName: string, roles: string[], cert?: string) =>
    addPerson(
      admin,
      ids,
      { username, displayName, roles, ...(cert === undefined ? {} : { certificateNumber: cert }) },
      PASSWORD,
    );
  handler = await person('zhang.san', '张三', ['officer'], '33082200001');
  const assistant = await person('li.si', '李四', ['officer'], '33082200002');
  const head = await person('chen.dui', '陈队长', ['department_head']);
  const legal = await person('wu.fazhi', '吴法制', ['legal_reviewer']);
  const chief = await person('zhou.ju', '周局长', ['agency_head']);
  await chief.session.expect('PUT', `/api/v1/agencies/${ids.agencyId}/document-settings`, {
    expectedVersion: null,
    masthead: '常山县综合行政执法局',
    reconsiderationBody: '常山县人民政府',
    court: '常山县人民法院',
    paymentInstructions: '',
    numberPatterns: {},
  });
  caseId = await openPenaltyCase(handler, assistant.id, {
    name: '王五占道经营案',
    departmentId: ids.departmentId,
    party: '王五',
  });
  await fileThroughApi(handler.session, caseId, {
    department_head: head.session,
    legal_reviewer: legal.session,
    agency_head: chief.session,
  });
  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
  consoleErrors = watchConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(workDir, { recursive: true, force: true });
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    await screenshot(page, `documents-failed-${context.task.name.slice(0, 40)}`);
  }
});

async function issuedDocuments(): Promise<Issued[]> {
  return (await handler.session.expect('GET', `/api/v1/cases/${caseId}/documents`)).items;
}

describe('a 询问笔录 from the form to the verification page', () => {
  it('is filled by the officer, signed on screen by the party, and issued with a number', async () => {
    await page.goto(`${server.url}/cases/${caseId}`);
    await signIn(page, 'zhang.san', PASSWORD);
    await page.getByTestId('case-header').waitFor();
    await makeRecord(
      page,
      {
        type: '询问（调查）笔录',
        tags: { officers: ['张三', '李四'], certificateNumbers: ['33082200001', '33082200002'] },
        text: {
          certificateShown: '执法人员已出示执法证件',
          intervieweeInformation: '王五，男，身份证号码11010519491231002X',
          place: '常山县天马街道人民路12号',
          content:
            '问：你在人民路人行道摆摊多久了？\n答：一个月左右。\n问：是否办理了占道许可？\n答：没有。',
        },
        instant: { inquiredAt: nowText(-30) },
        signedBy: '王五',
      },
      'inquiry_transcript',
    );
    await page.getByTestId('record-open-inquiry_transcript').first().click();
    const drawer = page.getByTestId('record-drawer');
    await clickWhenSettled(page, 'signature-open-party');
    await page.getByTestId('signature-pad').waitFor();
    await animationsDone(page);
    await drawSignature(page);
    await page.getByTestId('signature-confirm').click();
    await drawer.getByTestId('signature-thumb-party').waitFor();
    await page.getByTestId('signature-pad').waitFor({ state: 'detached' });

    await clickWhenSettled(page, 'document-issue');
    await clickWhenSettled(page, 'document-issue-confirm');
    // Issued: the stored PDF opens for printing, and the record shows its number.
    await page.getByTestId('document-preview').waitFor();
    const [issued] = await issuedDocuments();
    expect(issued!.number).toMatch(/^常综执询字〔\d{4}〕第1号$/);
    await expect
      .poll(() => drawer.getByTestId('document-number').textContent())
      .toBe(issued!.number);
    await animationsDone(page);
    await screenshot(page, 'documents-01-issued-preview');
  });

  it('prints the issued PDF from its preview', async () => {
    const frame = page.getByTestId('document-preview');
    await expect.poll(async () => (await frame.getAttribute('src')) ?? '').toMatch(/^blob:/);
    // 打印 opens the issued PDF in a tab of its own, where the browser's viewer prints it.
    const [printTab] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByTestId('document-print').click(),
    ]);
    expect(printTab.url()).toBe(await frame.getAttribute('src'));
    await printTab.close();
    expect(consoleErrors()).toEqual([]);
  });

  it('is confirmed by the public verification page, and a changed copy is not', async () => {
    const [issued] = await issuedDocuments();
    const original = await handler.session.download(`/api/v1/documents/${issued!.id}/pdf`);
    const genuine = path.join(workDir, `${issued!.number}.pdf`);
    await writeFile(genuine, original);
    const altered = Buffer.from(original);
    const middle = Math.floor(altered.length / 2);
    altered[middle] = altered[middle]! ^ 0x01;
    const forged = path.join(workDir, 'altered.pdf');
    await writeFile(forged, altered);

    const visitor = await openPage(browser, {
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
    });
    try {
      await visitor.goto(`${server.url}/verify/${issued!.verificationCode}`);
      await visitor.getByTestId('verify-status').filter({ hasText: '现行有效' }).waitFor();
      expect(await visitor.getByTestId('verify-number').textContent()).toBe(issued!.number);
      expect(await visitor.content()).not.toContain('11010519491231002X');
      // Ant Design's dragger keeps its file input hidden inside; there is one on the page.
      const upload = visitor.locator('input[type=file]');
      await upload.setInputFiles(genuine);
      await visitor.getByTestId('verify-match').waitFor();
      await screenshot(visitor, 'documents-02-verified-on-a-phone');
      await upload.setInputFiles(forged);
      await visitor.getByTestId('verify-mismatch').waitFor();
    } finally {
      await visitor.close();
    }
  });
});
