import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../apps/server/src/copies/test-support/pdf-text.ts';
import {
  addPerson,
  ApiSession,
  setUpAgency,
  openPenaltyCase,
  registerInspectionVideo,
} from './support/api-setup.ts';
import {
  animationsDone,
  clickWhenSettled,
  signIn,
  signOut,
  watchConsoleErrors,
} from './support/app.ts';
import { launchBrowser, openPage, screenshot } from './support/browser.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * Issue 7's 调阅申请, in a real browser against the real server: a colleague of the same
 * department reads the case but may not watch its recording (000 第十九条, 004 第二十三条).
 * He asks for it from the recording itself; the department head sees the request waiting,
 * approves it; the colleague watches after giving a reason; the head finds the view in the
 * case's access history with the grant it went through, and exports the history as CSV.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let workDir: string;
let caseId = '';

const PASSWORD = 'Zhifa-2026-jilu';
const PLACE = '常山县天马街道某某路 8 号';
const REQUEST_REASON = '办理同类占道经营案件，需比对现场执法记录';
const VIEW_REASON = '比对同类案件现场情况';
const HOUR = 3_600_000;
const run = promisify(execFile);
/** `…（副本 1a2b3c4d）.mp4` → `1a2b3c4d`. */
const suggestedCopy = (name: string) => /（副本 ([0-9a-f]{8})）/.exec(name)?.[1];
/** Beijing wall-clock time three days ahead, as the date pickers take it typed. */
const UNTIL = new Date(Date.now() + 8 * HOUR + 72 * HOUR)
  .toISOString()
  .slice(0, 16)
  .replace('T', ' ');

beforeAll(async () => {
  server = await startServerProcess();
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-access-'));
  const admin = new ApiSession(server.url);
  await admin.firstSignIn('admin', server.oneTimePassword, 'Guanli-2026-liuhen');
  const ids = await setUpAgency(admin, {
    name: '常山县综合行政执法局',
    code: '常综执',
    profileId: 'seed-004',
    department: '执法一中队',
    password: PASSWORD,
    people: [{ username: 'chen.dui', displayName: '陈队长', roles: ['department_head'] }],
  });
  const zhang = await addPerson(
    admin,
    ids,
    {
      username: 'zhang.san',
      displayName: '张三',
      roles: ['officer'],
      certificateNumber: '33082200001',
    },
    PASSWORD,
  );
  const li = await addPerson(
    admin,
    ids,
    {
      username: 'li.si',
      displayName: '李四',
      roles: ['officer'],
      certificateNumber: '33082200002',
    },
    PASSWORD,
  );
  // Same department, not on the case: reads it, may not watch its recordings.
  await addPerson(
    admin,
    ids,
    {
      username: 'wang.wu',
      displayName: '王五',
      roles: ['officer'],
      certificateNumber: '33082200003',
    },
    PASSWORD,
  );

  caseId = await openPenaltyCase(zhang, li.id, {
    name: '某某餐饮店占道经营案',
    departmentId: ids.departmentId,
    party: '赵六',
  });
  await registerInspectionVideo(zhang.session, caseId, {
    directory: workDir,
    content: '现场检查占道经营情况',
    place: PLACE,
    personPresent: '赵六',
  });

  browser = await launchBrowser();
  page = await openPage(browser, {
    locale: 'zh-CN',
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  consoleErrors = watchConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page !== undefined) {
    await screenshot(page, `access-failed-${context.task.name.slice(0, 40)}`);
  }
});

async function shot(name: string) {
  await animationsDone(page);
  await screenshot(page, name);
}

async function signInAs(username: string) {
  // From the home page: an open drawer's mask would cover the user menu.
  await page.goto(server.url);
  await page.getByTestId('user-menu').or(page.getByTestId('login-submit')).waitFor();
  if ((await page.getByTestId('user-menu').count()) > 0) await signOut(page);
  await signIn(page, username, PASSWORD);
  await page.getByTestId('user-menu').waitFor();
}

async function openRecording() {
  await page.goto(`${server.url}/cases/${caseId}`);
  await page.getByTestId('case-header').waitFor();
  await page.getByTestId('av-row-1').getByTestId('av-open').click();
  await page.getByTestId('av-drawer').waitFor();
}

async function typeInto(testId: string, text: string) {
  const target = page.getByTestId(testId);
  const input =
    (await target.evaluate((element) => element.tagName)) === 'INPUT'
      ? target
      : target.locator('input').first();
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

describe('access beyond one’s permission (调阅申请)', () => {
  it('a colleague not on the case sees the recording but may not play it, and asks', async () => {
    await signInAs('wang.wu');
    await openRecording();
    // The case's own acts are not his: no 制作文书, no upload.
    expect(await page.getByTestId('record-create').count()).toBe(0);
    expect(await page.getByTestId('av-upload-open').count()).toBe(0);
    // 申请调阅 is offered on the page too, for the whole case; 访问记录 is the heads'.
    expect(await page.getByTestId('case-access-request').count()).toBe(1);
    expect(await page.getByTestId('case-access-history').count()).toBe(0);
    await page.getByTestId('av-access-needed').waitFor();
    expect(await page.getByTestId('av-access-form').count()).toBe(0);
    expect(await page.getByTestId('av-download').count()).toBe(0);
    await shot('access-01-colleague-refused');

    await page.getByTestId('av-access-request').click();
    await page.getByTestId('access-request-form').waitFor();
    expect(await page.getByTestId('access-request-form').textContent()).toContain(
      '规定004 第二十三条',
    );
    // The date first: Enter confirms it (and tries the form, which still lacks the reason).
    await typeInto('access-request-until', UNTIL);
    await page.getByTestId('access-request-reason').fill(REQUEST_REASON);
    await shot('access-02-request-form');
    await clickWhenSettled(page, 'access-request-submit');
    await page.getByTestId('access-request-form').waitFor({ state: 'detached' });
    await page.getByTestId('av-access-pending').waitFor();
  });

  it('the department head sees it waiting, with a count, and approves it', async () => {
    await signInAs('chen.dui');
    await expect
      .poll(() => page.getByTestId('home-access-inbox').getAttribute('data-count'))
      .toBe('1');
    await page.getByTestId('nav-access-requests').click();
    await page.getByTestId('access-tab-to-decide').click();
    await expect
      .poll(() => page.getByTestId('access-tab-to-decide').getAttribute('data-count'))
      .toBe('1');
    const row = page.getByTestId('access-table-to-decide').getByTestId('access-request-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(REQUEST_REASON);
    expect(await row.textContent()).toContain('王五');
    expect(await row.textContent()).toContain(UNTIL);
    await shot('access-03-to-decide');

    await row.getByTestId('access-decide').click();
    await page.getByTestId('access-decision').waitFor();
    await clickWhenSettled(page, 'access-decision-submit');
    await page.getByTestId('access-decision').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('access-tab-to-decide').getAttribute('data-count'))
      .toBe('0');
  });

  it('the colleague now plays the recording after giving a reason', async () => {
    await signInAs('wang.wu');
    await page.getByTestId('nav-access-requests').click();
    const mine = page.getByTestId('access-table-mine').getByTestId('access-request-row');
    await expect.poll(() => mine.first().getAttribute('data-status')).toBe('approved');

    await openRecording();
    await page.getByTestId('case-access-grant').waitFor();
    await page.getByTestId('av-access-form').getByLabel('查看事由').fill(VIEW_REASON);
    await page.getByTestId('av-access-submit').click();
    const video = page.getByTestId('av-player-video');
    await video.waitFor();
    type Playing = { currentTime: number; error: { code: number } | null };
    await expect
      .poll(() => video.evaluate((element) => (element as unknown as Playing).currentTime))
      .toBeGreaterThan(0.5);
    expect(await video.evaluate((element) => (element as unknown as Playing).error)).toBeNull();
    await shot('access-04-colleague-playing');
  });

  it('the head downloads a copy of the recording, which carries his name, grant and time', async () => {
    await signInAs('chen.dui');
    await openRecording();
    await page.getByTestId('av-download').click();
    await page.getByTestId('av-download-text').fill('移送法院');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      clickWhenSettled(page, 'av-download-submit'),
    ]);
    expect(download.suggestedFilename()).toMatch(/（副本 [0-9a-f]{8}）\.mp4$/);
    const { stdout } = await run(process.env.FFPROBE_PATH ?? 'ffprobe', [
      ...['-v', 'error', '-show_format', '-of', 'json', (await download.path())!],
    ]);
    const tags = (JSON.parse(stdout) as { format: { tags: Record<string, string> } }).format.tags;
    expect(tags.liuhen_requester).toContain('chen.dui');
    expect(tags.liuhen_grant).toBe('own-permission');
    expect(suggestedCopy(download.suggestedFilename())).toBe(tags.liuhen_copy_id!.slice(0, 8));
  });

  it('the head finds the view in the access history with its grant, and exports it', async () => {
    await signInAs('chen.dui');
    await page.goto(`${server.url}/cases/${caseId}`);
    await page.getByTestId('case-access-history').click();
    await page.getByTestId('access-history').waitFor();
    const view = page
      .getByTestId('access-history-row')
      .and(page.locator('[data-actor="wang.wu"][data-action="av_record.accessed"]'));
    await expect.poll(() => view.count()).toBe(1);
    expect(await view.textContent()).toContain(VIEW_REASON);
    // Named as the case page names the recording, not by its id.
    expect(await view.textContent()).toContain('现场检查占道经营情况');
    expect(await view.getByTestId('access-history-grant').count()).toBe(1);
    expect(await page.getByTestId('case-access-request-row').first().textContent()).toContain(
      '已批准',
    );
    const copied = page
      .getByTestId('access-history-row')
      .and(page.locator('[data-actor="chen.dui"][data-action="av_record.accessed"]'));
    await expect.poll(() => copied.getByTestId('access-history-copy').count()).toBe(1);
    await shot('access-05-history');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('access-history-csv').click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('wang.wu');
    expect(csv).toContain(VIEW_REASON);
    expect(csv).toContain(REQUEST_REASON);

    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('access-history-pdf').click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toMatch(/访问记录\.pdf$/);
    const pdf = await readFile((await pdfDownload.path())!);
    const text = (await pdfPageTexts(pdf)).join('').replace(/\s+/g, '');
    expect(text).toContain('wang.wu');
    expect(text).toContain(VIEW_REASON.replace(/\s+/g, ''));
  });

  it('the head revokes the grant, at once', async () => {
    const grant = page.getByTestId('case-access-request-row').first();
    await grant.getByTestId('access-revoke').click();
    await page.getByTestId('access-revoke-text').fill('比对工作已完成');
    await clickWhenSettled(page, 'access-revoke-submit');
    await page.getByTestId('access-revoke-text').waitFor({ state: 'detached' });
    await expect
      .poll(() => grant.getByTestId('access-status').getAttribute('data-status'))
      .toBe('revoked');
    expect(await grant.textContent()).toContain('比对工作已完成');
    expect(await grant.getByTestId('access-revoke').count()).toBe(0);
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors()).toEqual([]);
  });
});
