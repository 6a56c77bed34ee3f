import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, ApiSession, openPenaltyCase, setUpAgency } from './support/api-setup.ts';
import {
  animationsDone,
  clickWhenSettled,
  searchAndPick,
  signIn,
  signOut,
  watchConsoleErrors,
} from './support/app.ts';
import { launchBrowser, openPage, pickOption, screenshot } from './support/browser.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * Issue 16, point 1, in a real browser: the agency head adds a power to the 权责清单 with its
 * 裁量基准; the handler fills the case's facts from it, sees the levels and the amount in
 * 大写, is told on the field that a fine outside the chosen level needs a reason, gives one,
 * and the saved facts show as the decision will state them.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let caseId: string;

const PASSWORD = 'Zhifa-2026-jilu';
const POWER = '对擅自占用城市道路的处罚';

beforeAll(async () => {
  server = await startServerProcess();
  const admin = new ApiSession(server.url);
  await admin.firstSignIn('admin', server.oneTimePassword, PASSWORD);
  const { agencyId, departmentId } = await setUpAgency(admin, {
    name: '常山县综合行政执法局',
    code: '常综执',
    profileId: 'seed-004',
    department: '执法一中队',
    people: [{ username: 'zhou.ju', displayName: '周局长', roles: ['agency_head'] }],
    password: PASSWORD,
  });
  const ids = { agencyId, departmentId };
  const handler = await addPerson(
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
  const assistant = await addPerson(
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
  caseId = await openPenaltyCase(handler, assistant.id, {
    name: '王五占道经营案',
    departmentId,
    party: '王五',
  });
  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
  consoleErrors = watchConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page !== undefined) {
    await screenshot(page, `case-facts-failed-${context.task.name.slice(0, 40)}`);
  }
});

async function shot(name: string) {
  await animationsDone(page);
  await screenshot(page, name);
}

describe('the 权责清单 and a case’s facts', () => {
  it('lets the agency head add a power with its 裁量基准', async () => {
    await page.goto(server.url);
    await signIn(page, 'zhou.ju', PASSWORD);
    await clickWhenSettled(page, 'nav-powers');
    await clickWhenSettled(page, 'power-new');
    await page.getByTestId('power-name').fill(POWER);
    await page
      .getByTestId('power-provision-violated')
      .fill('《城市道路管理条例》第二十七条第（一）项');
    await page.getByTestId('power-provision-applied').fill('《城市道路管理条例》第四十二条');
    await pickOption(page, 'power-kinds', '罚款');
    await page.keyboard.press('Escape');
    await page.getByTestId('power-fine-max').fill('20000');
    await clickWhenSettled(page, 'power-add-level');
    await page.getByTestId('power-level-0-label').fill('一般');
    await page.getByTestId('power-level-0-circumstances').fill('占道经营经劝阻仍不改正');
    await page.getByTestId('power-level-0-fine-min').fill('1000');
    await page.getByTestId('power-level-0-fine-max').fill('5000');
    await shot('case-facts-00-power-form');
    await clickWhenSettled(page, 'power-submit');
    const row = page.getByTestId('powers-table').locator('tr').filter({ hasText: POWER });
    await row.filter({ hasText: '20,000.00 元以下' }).waitFor();
    await shot('case-facts-01-powers');
    await signOut(page);
  });

  it('lets the handler fill the facts from it, with the level’s range checked on the field', async () => {
    await signIn(page, 'zhang.san', PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    await page.goto(`${server.url}/cases/${caseId}`);
    await clickWhenSettled(page, 'case-facts-edit');
    await page.getByTestId('facts-text').fill('当事人在人民路人行道摆摊销售水果，经劝阻仍不改正。');
    await page.getByTestId('facts-evidence').fill('现场检查笔录\n现场照片三张');
    await searchAndPick(page, 'facts-power-select', '占用城市道路');
    await page
      .getByTestId('facts-power-levels')
      .filter({ hasText: '1,000.00 — 5,000.00 元' })
      .waitFor();
    await page.getByTestId('facts-conduct').fill('擅自占用城市道路摆摊设点');
    await pickOption(page, 'facts-level-select', '一般');
    await page.getByRole('button', { name: '增加处罚内容' }).click();
    await pickOption(page, 'facts-penalty-kind', '罚款');
    await page.getByTestId('facts-penalty-amount').fill('6000');
    await page.getByTestId('facts-amount-words').filter({ hasText: '人民币陆仟元整' }).waitFor();
    await clickWhenSettled(page, 'facts-submit');
    // The server's refusal lands on the violation's 裁量理由.
    await page
      .locator('.ant-form-item-explain-error')
      .filter({ hasText: '不在裁量档次“一般”' })
      .waitFor();
    await shot('case-facts-02-refused');
    await page.getByTestId('facts-reason').fill('当事人拒不配合调查，从重处罚');
    await clickWhenSettled(page, 'facts-submit');
    const view = page.getByTestId('case-facts-view');
    await view.filter({ hasText: '人民币陆仟元整（¥6,000.00）' }).waitFor();
    await view.filter({ hasText: '自收到决定书之日起 15 日内' }).waitFor();
    await shot('case-facts-03-saved');
    expect(consoleErrors()).toEqual([]);
  });
});
