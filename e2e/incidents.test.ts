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
  searchAndPick,
  signIn,
  watchConsoleErrors,
} from './support/app.ts';
import { launchBrowser, openPage, screenshot } from './support/browser.ts';
import { runStationImporter } from './support/station-importer.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * Issue 15's 事件 in a real browser against the real server and importer: a recording made
 * three days ago while handling a 群体性事件 is docked; it belongs to no case, so it waits in
 * 待分配 past 004 第十八条's 二日. The officer registers the incident, places the file on it
 * from the inbox, and finds it on the incident's page under the incident's name, kept for
 * ever (004 第二十条(三)).
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let workDir: string;
let stationDir: string;

const PASSWORD = 'Zhifa-2026-jilu';
const SERIAL = 'DSJ-CS-0009';
const RECORDING = 'DSJ_0009_market.mp4';
const INCIDENT = '城西农贸市场 3·03 群体性聚集';

beforeAll(async () => {
  server = await startServerProcess();
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-incidents-'));
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
  await addPerson(
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
  await makeSampleVideo({
    directory: stationDir,
    name: RECORDING,
    seconds: 2,
    capturedAt: new Date(Date.now() - 3 * 24 * 3_600_000),
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
    await screenshot(page, `incidents-failed-${context.task.name.slice(0, 40)}`);
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

const tabCount = (status: string) =>
  page.getByTestId(`imports-tab-${status}`).getAttribute('data-count');

describe('a recording of a 群体性事件, which is no case', () => {
  it('is docked and waits, overdue, in 待分配', async () => {
    const { code, output } = await runImporter(stationDir);
    expect(code, output).toBe(0);
    await page.goto(server.url);
    await signIn(page, 'zhang.san', PASSWORD);
    await page.getByTestId('nav-imports').click();
    await expect.poll(() => tabCount('unassigned')).toBe('1');
    const row = page.getByTestId('import-row').filter({ hasText: RECORDING });
    await row.waitFor();
    expect(await row.getByTestId('import-deadline').textContent()).toMatch(/^逾期/);
  });

  it('the officer registers the incident it recorded', async () => {
    await page.getByTestId('nav-incidents').click();
    await clickWhenSettled(page, 'incident-register');
    await page.getByTestId('incident-name').fill(INCIDENT);
    await page.getByTestId('incident-kind-mass_incident').click();
    await page
      .getByTestId('incident-description')
      .fill('商户聚集反映摊位调整问题，执法队员现场疏导，未发生冲突。');
    await clickWhenSettled(page, 'incident-submit');
    const incidentPage = page.getByTestId('incident-page');
    await incidentPage.waitFor();
    expect(await page.getByTestId('incident-facts').textContent()).toContain('群体性事件');
    await shot('incidents-01-registered');
  });

  it('places the file on it from the inbox, with a reason, and the file takes its name', async () => {
    await page.getByTestId('nav-imports').click();
    const row = page.getByTestId('import-row').filter({ hasText: RECORDING });
    await row.getByTestId('import-open').click();
    const drawer = page.getByTestId('import-drawer');
    await drawer.waitFor();
    expect(await drawer.getAttribute('data-status')).toBe('unassigned');
    await page.getByTestId('import-tab-incident').click();
    await searchAndPick(page, 'import-incident-select', '城西农贸市场');
    await page
      .getByTestId('import-incident-reason')
      .fill('画面为城西农贸市场商户聚集的现场处置过程，不属于任何案件。');
    await page.getByTestId('import-incident-submit').click();

    await expect.poll(() => drawer.getAttribute('data-status')).toBe('incident');
    expect(await page.getByTestId('import-stored-name').textContent()).toMatch(
      /城西农贸市场 3·03 群体性聚集_\d{8}_01_张三_处置群体性事件\.mp4/,
    );
    expect(await page.getByTestId('import-placements').textContent()).toContain('分配到事件');
    await expect.poll(() => tabCount('unassigned')).toBe('0');
    await expect.poll(() => tabCount('incident')).toBe('1');
    await shot('incidents-02-placed');
  });

  it('and is listed on the incident, under its name, to be kept for ever', async () => {
    await page.getByTestId('import-incident-link').click();
    await page.getByTestId('incident-page').waitFor();
    const recording = page.getByTestId('incident-recording');
    await expect.poll(() => recording.count()).toBe(1);
    expect(await recording.getByTestId('recording-stored-name').textContent()).toContain(
      `${INCIDENT}_`,
    );
    expect(await recording.getByTestId('recording-retention').getAttribute('data-kind')).toBe(
      'permanent',
    );
    await shot('incidents-03-incident-page');
  });

  it('rendered every page without console errors', () => {
    expect(consoleErrors()).toEqual([]);
  });
});
