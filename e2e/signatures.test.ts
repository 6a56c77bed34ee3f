import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, ApiSession, openPenaltyCase, setUpAgency } from './support/api-setup.ts';
import { animationsDone, clickWhenSettled, signIn, watchConsoleErrors } from './support/app.ts';
import { launchBrowser, openPage, screenshot } from './support/browser.ts';
import { fileThroughApi } from './support/filed-case.ts';
import { drawSignature } from './support/signature-pad.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * Issue 16, point 5, the signature pad alone in a real browser: the officer opens a 询问笔录,
 * the party draws a signature in the box (mouse moves here; on a tablet, a finger), an empty
 * box is refused before anything is sent, and the confirmed signature is stored and shown.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let caseId: string;
let handler: { session: ApiSession; id: string };

const PASSWORD = 'Zhifa-2026-jilu';

/** The case filed and its 询问笔录 made through the API: the pad is what is tested here. */
async function fileCase(approvers: Record<string, ApiSession>, id: string) {
  const at = new Date().toISOString();
  await fileThroughApi(handler.session, id, approvers);
  const add = (body: object) =>
    handler.session.expect('POST', `/api/v1/cases/${id}/records`, { madeAt: at, ...body });
  await add({
    type: 'inquiry_transcript',
    fields: {
      officers: ['张三', '李四'],
      certificateNumbers: ['33082200001', '33082200002'],
      certificateShown: '已出示执法证件',
      intervieweeInformation: '王五，男，身份证号码 11010519491231002X',
      inquiredAt: at,
      place: '常山县天马街道人民路 12 号',
      content: '问：你在此摆摊多久了？\n答：一个月左右。',
    },
    signature: { kind: 'signed', signers: ['王五'], at },
  });
}

beforeAll(async () => {
  server = await startServerProcess();
  const admin = new ApiSession(server.url);
  await admin.firstSignIn('admin', server.oneTimePassword, PASSWORD);
  const { agencyId, departmentId } = await setUpAgency(admin, {
    name: '常山县综合行政执法局',
    code: '常综执',
    profileId: 'seed-004',
    department: '执法一中队',
    people: [],
    password: PASSWORD,
  });
  const ids = { agencyId, departmentId };
  const person = (username: string, displayName: string, roles: string[], cert?: string) =>
    addPerson(
      admin,
      ids,
      { username, displayName, roles, ...(cert ? { certificateNumber: cert } : {}) },
      PASSWORD,
    );
  handler = await person('zhang.san', '张三', ['officer'], '33082200001');
  const assistant = await person('li.si', '李四', ['officer'], '33082200002');
  const head = await person('chen.dui', '陈队长', ['department_head']);
  const chief = await person('zhou.ju', '周局长', ['agency_head']);
  const legal = await person('wu.fa', '吴法制', ['legal_reviewer']);
  caseId = await openPenaltyCase(handler, assistant.id, {
    name: '王五占道经营案',
    departmentId,
    party: '王五',
  });
  await fileCase(
    {
      department_head: head.session,
      agency_head: chief.session,
      legal_reviewer: legal.session,
    },
    caseId,
  );
  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  consoleErrors = watchConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page !== undefined) {
    await screenshot(page, `signatures-failed-${context.task.name.slice(0, 40)}`);
  }
});

describe('the signature pad', () => {
  it('refuses an empty box, then stores what the party draws and shows it', async () => {
    await page.goto(`${server.url}/cases/${caseId}`);
    await signIn(page, 'zhang.san', PASSWORD);
    await page.getByTestId('record-open-inquiry_transcript').click();
    const drawer = page.getByTestId('record-drawer');
    await drawer.getByTestId('signature-open-officers').waitFor();
    await clickWhenSettled(page, 'signature-open-party');
    const pad = page.getByTestId('signature-pad');
    await pad.waitFor();
    expect(await page.getByTestId('signature-prompt').textContent()).toBe('请当事人在框内签名');
    expect(await page.getByTestId('signature-signer-name').inputValue()).toBe('王五');
    // Typed by hand: the e2e project compiles without the DOM types.
    const touchAction = await pad.evaluate(
      (canvas) =>
        (
          globalThis as unknown as { getComputedStyle(e: unknown): { touchAction: string } }
        ).getComputedStyle(canvas).touchAction,
    );
    expect(touchAction).toBe('none');

    // Drawn, cleared: nothing is sent.
    await animationsDone(page);
    await drawSignature(page);
    await page.getByTestId('signature-clear').click();
    await page.getByTestId('signature-confirm').click();
    await page.getByText('请当事人在框内签名后再确认').waitFor();
    const before = await handler.session.expect(
      'GET',
      `/api/v1/records/${await transcriptId()}/signatures`,
    );
    expect(before.items).toEqual([]);

    await drawSignature(page);
    await screenshot(page, 'signatures-01-pad-drawn');
    await page.getByTestId('signature-confirm').click();
    const thumb = drawer.getByTestId('signature-thumb-party');
    await thumb.waitFor();
    await page.getByTestId('signature-pad').waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        thumb.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBeGreaterThan(0);
    await screenshot(page, 'signatures-02-thumbnail');

    const after = await handler.session.expect(
      'GET',
      `/api/v1/records/${await transcriptId()}/signatures`,
    );
    expect(after.items).toHaveLength(1);
    expect(after.items[0]).toMatchObject({
      role: 'party',
      signerName: '王五',
      method: 'screen',
      current: true,
      evidenceObject: { mediaType: 'image/png' },
    });
    expect(consoleErrors()).toEqual([]);
  });

  it('takes a finger on a tablet, at the screen’s pixel density', async () => {
    const tablet = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 820, height: 1180 },
      deviceScaleFactor: 2,
      hasTouch: true,
      isMobile: true,
    });
    try {
      const touchPage = await tablet.newPage();
      const touchErrors = watchConsoleErrors(touchPage);
      await touchPage.goto(`${server.url}/cases/${caseId}`);
      await signIn(touchPage, 'zhang.san', PASSWORD);
      await touchPage.getByTestId('record-open-inquiry_transcript').click();
      await clickWhenSettled(touchPage, 'signature-open-officers');
      const pad = touchPage.getByTestId('signature-pad');
      await pad.waitFor();
      await animationsDone(touchPage);
      const box = (await pad.boundingBox())!;
      // A finger on the glass, as the tablet's touch screen reports it.
      const cdp = await tablet.newCDPSession(touchPage);
      const touch = (
        type: 'touchStart' | 'touchMove' | 'touchEnd',
        points: { x: number; y: number }[],
      ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
      const y = (f: number) => box.y + box.height * f;
      const x = (f: number) => box.x + box.width * f;
      await touch('touchStart', [{ x: x(0.2), y: y(0.5) }]);
      for (let step = 1; step <= 20; step += 1) {
        const f = 0.2 + (0.6 * step) / 20;
        await touch('touchMove', [{ x: x(f), y: y(0.5 + 0.25 * Math.sin(step / 2)) }]);
      }
      await touch('touchEnd', []);
      await clickWhenSettled(touchPage, 'signature-confirm');
      await touchPage
        .getByTestId('record-drawer')
        .getByTestId('signature-thumb-officers')
        .waitFor();
      const { items } = await handler.session.expect(
        'GET',
        `/api/v1/records/${await transcriptId()}/signatures`,
      );
      const officers = items.find((item: { role: string }) => item.role === 'officers');
      expect(officers).toMatchObject({ signerName: '张三、李四', method: 'screen' });
      // The stroke spans 60 % of the box in CSS pixels; stored at two device pixels to each.
      expect(officers.evidenceObject.media.width).toBeGreaterThan(box.width * 0.6 * 1.8);
      await screenshot(touchPage, 'signatures-03-tablet');
      expect(touchErrors()).toEqual([]);
    } finally {
      await tablet.close();
    }
  });
});

async function transcriptId(): Promise<string> {
  const { items } = await handler.session.expect('GET', `/api/v1/cases/${caseId}/records`);
  return (items as { id: string; type: string }[]).find(
    (record) => record.type === 'inquiry_transcript',
  )!.id;
}
