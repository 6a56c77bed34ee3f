import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeSampleVideo } from '../apps/server/src/media/make-sample-video.ts';
import { addPerson, ApiSession, setUpAgency } from './support/api-setup.ts';
import {
  animationsDone,
  clickWhenSettled,
  settled,
  signIn,
  signOut,
  watchConsoleErrors,
  searchAndPick,
} from './support/app.ts';
import {
  closeDropdown,
  launchBrowser,
  openPage,
  pickOption,
  screenshot,
} from './support/browser.ts';
import { runStationImporter } from './support/station-importer.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * Issue 6's collection station, in a real browser against the real server and the real
 * importer: an officer's body camera is registered and handed to him, he docks it and runs
 * `liuhen import`. The recording he made while working his case lands on it as 待登记 and he
 * registers it with the AV record form, prefilled from the file; the one made before he took
 * the camera has no holder, so it waits in 待分配 with its deadline — he finds it through
 * its finding, watches it after giving a reason, places it on the case with a reason, and it
 * joins the case's 待登记.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let workDir: string;
let stationDir: string;
let caseId = '';
let caseNumber = '';

const PASSWORD = 'Zhifa-2026-jilu';
const SERIAL = 'DSJ-CS-0001';
const CASE_NAME = '某某餐饮店占道经营案';
const PLACE = '常山县天马街道某某路 8 号';
const MATCHED = 'DSJ_0001_on_site.mp4';
const UNPLACED = 'DSJ_0001_before_handover.mp4';

beforeAll(async () => {
  server = await startServerProcess();
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-station-'));
  stationDir = path.join(workDir, 'DCIM');
  await mkdir(stationDir);

  const admin = new ApiSession(server.url);
  await admin.firstSignIn('admin', server.oneTimePassword, 'Guanli-2026-liuhen');
  const ids = await setUpAgency(admin, {
    name: '常山县综合行政执法局',
    code: '常综执',
    profileId: 'seed-004',
    department: '执法一中队',
    password: PASSWORD,
    people: [],
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

  // Made two hours ago, before anyone took the camera: nobody can be said to have made it.
  await makeSampleVideo({
    directory: stationDir,
    name: UNPLACED,
    seconds: 3,
    capturedAt: new Date(Date.now() - 2 * 3_600_000),
  });

  const bodyCamera = await admin.expect('POST', `/api/v1/agencies/${ids.agencyId}/body-cameras`, {
    serial: SERIAL,
    model: 'DSJ-V8',
    label: '一中队 1 号',
  });
  // He took it this morning, an hour after the first recording and before the second.
  await admin.expect('POST', `/api/v1/body-cameras/${bodyCamera.id}/assignments`, {
    holderId: zhang.id,
    from: new Date(Date.now() - 3_600_000).toISOString(),
  });

  const opened = await zhang.session.expect('POST', '/api/v1/cases', {
    name: CASE_NAME,
    actType: 'penalty',
    procedure: 'ordinary',
    launchMode: 'ex_officio',
    departmentId: ids.departmentId,
    parties: [{ kind: 'natural_person', name: '王五', residentId: '11010519491231002X' }],
    officers: [
      { userId: zhang.id, role: 'handler' },
      { userId: li.id, role: 'assisting' },
    ],
  });
  caseId = opened.id;
  caseNumber = opened.caseNumber;

  // Made now, by the camera's holder, while his only case is open: it belongs to that case.
  await makeSampleVideo({
    directory: stationDir,
    name: MATCHED,
    seconds: 2,
    capturedAt: new Date(),
  });

  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
  consoleErrors = watchConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page !== undefined) {
    await screenshot(page, `station-failed-${context.task.name.slice(0, 40)}`);
  }
});

async function shot(name: string) {
  await animationsDone(page);
  await screenshot(page, name);
}

/** `liuhen import` as the station operator runs it, as 张三 who holds the camera. */
function runImporter(folder: string) {
  return runStationImporter({
    serverUrl: server.url,
    folder,
    serial: SERIAL,
    username: 'zhang.san',
    password: PASSWORD,
    stateDir: path.join(workDir, 'state'),
  });
}

async function openCasePage() {
  await page.goto(`${server.url}/cases/${caseId}`);
  await page.getByTestId('case-header').waitFor();
}

const pendingOnCase = () => page.getByTestId('case-pending-imports').getByTestId('pending-import');
const tabCount = (status: string) =>
  page.getByTestId(`imports-tab-${status}`).getAttribute('data-count');

/** What a date picker shows; the test id may sit on its input or around it. */
async function pickerText(testId: string) {
  const target = page.getByTestId(testId);
  const input =
    (await target.evaluate((element) => element.tagName)) === 'INPUT'
      ? target
      : target.locator('input').first();
  return input.inputValue();
}

async function playAfterReason(reason: string) {
  await page.getByTestId('import-access-form').getByLabel('查看事由').fill(reason);
  await page.getByTestId('import-access-submit').click();
  const video = page.getByTestId('import-player-video');
  await video.waitFor();
  type Playing = { currentTime: number; error: { code: number } | null };
  await expect
    .poll(() => video.evaluate((element) => (element as unknown as Playing).currentTime))
    .toBeGreaterThan(0.5);
  expect(await video.evaluate((element) => (element as unknown as Playing).error)).toBeNull();
}

describe('a docked body camera, imported at the collection station', () => {
  it('the importer uploads the folder and places each file', async () => {
    const { code, output } = await runImporter(stationDir);
    expect(code, output).toBe(0);
  });

  it('the officer sees the camera he holds, read-only, from the imports page', async () => {
    await page.goto(server.url);
    await signIn(page, 'zhang.san', PASSWORD);
    await page.getByTestId('nav-imports').click();
    await page.getByTestId('imports-body-cameras').click();
    await page.getByTestId('body-cameras-drawer').waitFor();
    expect(await page.getByTestId(`body-camera-holder-${SERIAL}`).textContent()).toBe('张三');
    // Officers read the register; the administrator and the heads keep it.
    expect(await page.getByTestId('body-camera-create-form').count()).toBe(0);
    await page.locator('.ant-drawer-open .ant-drawer-close').last().click();
    await page.getByTestId('body-cameras-drawer').waitFor({ state: 'hidden' });
  });

  it('the inbox counts one file to place and one to register, with the deadline shown', async () => {
    await expect.poll(() => tabCount('unassigned')).toBe('1');
    await expect.poll(() => tabCount('matched')).toBe('1');
    const row = page.getByTestId('import-row').filter({ hasText: UNPLACED });
    await row.waitFor();
    expect(await row.getByTestId('import-deadline').textContent()).toMatch(/^剩余 \d+ (小时|天)$/);
    expect(await row.textContent()).toContain('拍摄时无人领用');
    await shot('station-01-inbox');
  });

  it('the matched recording waits on its case as 待登记 and is registered, prefilled', async () => {
    await openCasePage();
    await expect.poll(() => pendingOnCase().count()).toBe(1);
    expect(await pendingOnCase().first().getAttribute('data-file-name')).toBe(MATCHED);
    await shot('station-02-pending-on-case');

    await pendingOnCase().first().getByTestId('pending-import-register').click();
    await page.getByTestId('av-form-evidence').waitFor();
    expect(await page.getByTestId('av-form-device').inputValue()).toBe(SERIAL);
    // The capture span the server read from the file, in Beijing time.
    expect(await pickerText('av-form-started')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(await pickerText('av-form-ended')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    await searchAndPick(page, 'av-form-situations', '现场检查（勘验）');
    await closeDropdown(page);
    await page.getByTestId('av-form-place').fill(PLACE);
    // The situations dropdown slides shut over the radio: click once it has gone.
    await settled(page);
    await page.getByLabel('已告知').check();
    await clickWhenSettled(page, 'av-form-submit');
    await page.getByTestId('av-form-submit').waitFor({ state: 'detached' });

    const avTable = page.getByTestId('case-av-records');
    await expect.poll(() => avTable.getByTestId('av-open').count()).toBe(1);
    await page.getByTestId('case-pending-imports').waitFor({ state: 'detached' });
  });

  it('the unplaced recording is found through its finding and opened in the inbox', async () => {
    await page.getByTestId('nav-findings').click();
    const link = page.getByTestId('finding-imported-file').first();
    await link.waitFor();
    await link.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/imports');
    const drawer = page.getByTestId('import-drawer');
    await drawer.waitFor();
    expect(await drawer.getAttribute('data-status')).toBe('unassigned');
    expect(await page.getByTestId('import-basis').textContent()).toContain('没有领用人');
  });

  it('it plays only after a reason, and is placed on the case with a reason', async () => {
    await playAfterReason('核对画面内容以确定所属案件');
    await shot('station-03-unplaced-playing');

    await searchAndPick(page, 'import-assign-case', caseNumber);
    await page
      .getByTestId('import-assign-reason')
      .fill('经查看，画面为该案当事人店外占道经营现场，系领用登记前借用记录仪拍摄。');
    await page.getByTestId('import-assign-submit').click();

    const drawer = page.getByTestId('import-drawer');
    await expect.poll(() => drawer.getAttribute('data-status')).toBe('matched');
    expect(await page.getByTestId('import-case-link').textContent()).toContain(caseNumber);
    expect(await page.getByTestId('import-placements').textContent()).toContain('人工分配');
    await expect.poll(() => tabCount('unassigned')).toBe('0');
    await shot('station-04-placed');
  });

  it('and joins the case as 待登记', async () => {
    await page.getByTestId('import-case-link').click();
    await page.getByTestId('case-header').waitFor();
    await expect.poll(() => pendingOnCase().count()).toBe(1);
    expect(await pendingOnCase().first().getAttribute('data-file-name')).toBe(UNPLACED);
    expect(await page.getByTestId('av-pending-count').textContent()).toBe('待登记 1');
    await shot('station-05-placed-on-case');
  });

  it('the administrator registers a second camera, hands it out and takes it back', async () => {
    await signOut(page);
    await signIn(page, 'admin', 'Guanli-2026-liuhen');
    await page.getByTestId('nav-agencies').click();
    await page.getByTestId('agency-body-cameras-常综执').click();
    const list = page.getByTestId('body-cameras-drawer');
    await list.waitFor();
    expect(await page.getByTestId(`body-camera-holder-${SERIAL}`).textContent()).toBe('张三');

    // A serial already in the register is refused on its field, with the server's words.
    await page.getByTestId('body-camera-serial').fill(SERIAL);
    await page.getByTestId('body-camera-submit').click();
    await expect
      .poll(() => page.getByTestId('body-camera-create-form').textContent())
      .toContain('已在本机关登记');

    await page.getByTestId('body-camera-serial').fill('DSJ-CS-0002');
    await page.getByTestId('body-camera-model').fill('DSJ-V8');
    await page.getByTestId('body-camera-label').fill('一中队 2 号');
    await page.getByTestId('body-camera-submit').click();
    await page.getByTestId('body-camera-open-DSJ-CS-0002').click();
    const drawer = page.getByTestId('body-camera-drawer');
    await drawer.waitFor();
    expect(await drawer.getByTestId('body-camera-holder').textContent()).toBe(
      '未领用（在单位保管）',
    );

    await pickOption(page, 'body-camera-assignment-holder', '李四');
    await clickWhenSettled(page, 'body-camera-assignment-submit');
    await expect
      .poll(() => drawer.getByTestId('body-camera-holder').textContent())
      .toContain('李四');
    await expect
      .poll(() => page.getByTestId('body-camera-holder-DSJ-CS-0002').textContent())
      .toBe('李四');
    await shot('station-06-body-camera-handed-out');

    await page.getByTestId('body-camera-assignment-act').getByText('归还').click();
    await page.getByTestId('body-camera-assignment-submit').click();
    await expect
      .poll(() => drawer.getByTestId('body-camera-holder').textContent())
      .toBe('未领用（在单位保管）');
    await expect
      .poll(() => drawer.getByTestId('body-camera-assignments').locator('tr.ant-table-row').count())
      .toBe(2);
  });

  it('rendered every page without console errors', () => {
    expect(consoleErrors()).toEqual([]);
  });
});
