import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addPerson,
  ApiSession,
  setUpAgency,
  openPenaltyCase,
  registerInspectionVideo,
} from './support/api-setup.ts';
import { animationsDone, clickWhenSettled, signIn, watchConsoleErrors } from './support/app.ts';
import { launchBrowser, openPage, screenshot } from './support/browser.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * 000 第十六条 in a real browser: an officer of 柳林镇 finds a recording damaged in storage,
 * registers it on the recording (登记存储损坏) and the finding av-storage-damage-unreported
 * appears; he reports it to the head with the written note (报告负责人) and the finding goes.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let workDir: string;
let caseId = '';

const PASSWORD = 'Zhifa-2026-sunhuai';

beforeAll(async () => {
  server = await startServerProcess();
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-damage-'));
  const admin = new ApiSession(server.url);
  await admin.firstSignIn('admin', server.oneTimePassword, 'Guanli-2026-liuhen');
  const ids = await setUpAgency(admin, {
    name: '冠县柳林镇人民政府',
    code: '柳政',
    profileId: 'seed-000',
    department: '综合行政执法队',
    password: PASSWORD,
    people: [],
  });
  const officer = (username: string, displayName: string, certificateNumber: string) =>
    addPerson(
      admin,
      ids,
      { username, displayName, roles: ['officer'], certificateNumber },
      PASSWORD,
    );
  const zhang = await officer('zhang.san', '张三', '37152100001');
  const li = await officer('li.si', '李四', '37152100002');
  caseId = await openPenaltyCase(zhang, li.id, {
    name: '某某商店占道经营案',
    departmentId: ids.departmentId,
    party: '王五',
  });
  await registerInspectionVideo(zhang.session, caseId, {
    directory: workDir,
    content: '现场检查',
    place: '冠县柳林镇某某路 8 号',
    personPresent: '王五',
  });

  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
  consoleErrors = watchConsoleErrors(page);
  await page.goto(server.url);
  await signIn(page, 'zhang.san', PASSWORD);
  await page.getByTestId('user-menu').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page !== undefined) {
    await screenshot(page, `damage-failed-${context.task.name.slice(0, 40)}`);
  }
});

const damageFindings = () =>
  page
    .getByTestId('av-drawer')
    .getByTestId('finding')
    .filter({ hasText: '存储时发现损坏或无法正常存储' });

describe('damage found in storage (000 第十六条)', () => {
  it('is registered on the recording, and the duty to report it appears', async () => {
    await page.goto(`${server.url}/cases/${caseId}`);
    await page.getByTestId('av-row-1').getByTestId('av-open').click();
    await page.getByTestId('av-drawer').waitFor();
    expect(await damageFindings().count()).toBe(0);
    await clickWhenSettled(page, 'av-damage-register');
    await page.getByTestId('av-damage-description').fill('文件后半段无法播放，导入时校验提示异常');
    await clickWhenSettled(page, 'av-damage-submit');
    await page.getByTestId('av-damage-submit').waitFor({ state: 'detached' });
    // Not reported yet, within the hour: due; the note not filed: missing.
    await expect.poll(() => damageFindings().count()).toBe(2);
    await page.getByTestId('av-damage-report').waitFor();
    await animationsDone(page);
    await screenshot(page, 'av-damage-registered');
  });

  it('is reported to the head with the written note, and the findings go', async () => {
    await clickWhenSettled(page, 'av-damage-report');
    await page.getByTestId('av-damage-reported-to').fill('陈主任');
    await page
      .getByTestId('av-damage-written-note')
      .fill('存储时发现文件后半段损坏，已立即电话报告陈主任，原始存储卡封存备查。');
    await animationsDone(page);
    await screenshot(page, 'av-damage-report-form');
    await clickWhenSettled(page, 'av-damage-submit');
    await page.getByTestId('av-damage-submit').waitFor({ state: 'detached' });
    await expect.poll(() => damageFindings().count()).toBe(0);
    expect(await page.getByTestId('av-damage-report').count()).toBe(0);
    expect(await page.getByTestId('av-drawer').textContent()).toContain('向陈主任报告');
    expect(consoleErrors()).toEqual([]);
  });
});
