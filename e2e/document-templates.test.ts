import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, setUpAgency } from './support/api-setup.ts';
import { clickWhenSettled, settled, signIn, watchConsoleErrors } from './support/app.ts';
import { launchBrowser, openPage, screenshot } from './support/browser.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * 文书模板 in a real browser: the head of 常山 rewords the 行政处罚决定书. Leaving out the
 * 救济途径 and naming a value that does not exist are refused, each shown where it is; a
 * paragraph with the 救济途径 put back from the place-holder menu saves as version 1.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];

const PASSWORD = 'Zhifa-2026-jilu';

beforeAll(async () => {
  server = await startServerProcess();
  const admin = new ApiSession(server.url);
  await admin.firstSignIn('admin', server.oneTimePassword, 'Guanli-2026-liuhen');
  await setUpAgency(admin, {
    name: '常山县综合行政执法局',
    code: '常综执',
    profileId: 'seed-003',
    department: '执法一中队',
    people: [{ username: 'zhou.ju', displayName: '周局长', roles: ['agency_head'] }],
    password: PASSWORD,
  });
  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  consoleErrors = watchConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const block = (index: number) => page.getByTestId(`template-block-${index}`);

describe("the agency's 决定书 template", () => {
  it('lists every kind on the default template', async () => {
    await page.goto(server.url);
    await signIn(page, 'zhou.ju', PASSWORD);
    await page.getByTestId('nav-document-settings').click();
    await page.getByRole('tab', { name: '文书模板' }).click();
    await page.getByTestId('template-row-decision_document').filter({ hasText: '默认' }).waitFor();
    await clickWhenSettled(page, 'template-edit-decision_document');
    await page.getByTestId('template-editor').waitFor();
    await block(11).waitFor();
  });

  it('refuses a template without the 救济途径, and a value that does not exist, each in its place', async () => {
    // The last paragraph of the default is {{remedies.text}}.
    expect(await block(11).locator('textarea').inputValue()).toBe('{{remedies.text}}');
    await block(11).getByTestId('template-block-11-remove').click();
    await block(0).locator('textarea').fill('当事人：{{party.description}}{{case.nmae}}');
    await clickWhenSettled(page, 'template-save');
    await page
      .getByTestId('template-problems')
      .filter({ hasText: '《行政处罚法》第五十九条（五）' })
      .waitFor();
    await page
      .getByTestId('template-block-0-problems')
      .filter({ hasText: '{{case.nmae}} 不存在' })
      .waitFor();
    await screenshot(page, 'document-template-refused');
  });

  it('puts the 救济途径 back from the menu, at the caret, and saves version 1', async () => {
    await block(0).locator('textarea').fill('当事人：{{party.description}}');
    await page.getByTestId('template-add-paragraph').click();
    const added = block(11).locator('textarea');
    await added.fill('如不服本决定：');
    await page.getByTestId('template-placeholder-remedies.text').click();
    await expect.poll(() => added.inputValue()).toBe('如不服本决定：{{remedies.text}}');
    await clickWhenSettled(page, 'template-save');
    await page.locator('.ant-message').filter({ hasText: '已保存为第 1 版' }).waitFor();
    await page.getByTestId('template-editor').filter({ hasText: '如不服本决定' }).waitFor();
    expect(await page.getByTestId('template-problems').count()).toBe(0);
    await screenshot(page, 'document-template-saved');
  });

  it('previews the template as a PDF and lists the kind as the agency’s own', async () => {
    await clickWhenSettled(page, 'template-preview');
    await page.getByTestId('document-preview').waitFor();
    await settled(page);
    await screenshot(page, 'document-template-preview');
    await page.locator('.ant-drawer-close').last().click();
    await page.getByTestId('document-preview').waitFor({ state: 'detached' });
    await settled(page);
    await page.getByTestId('template-close').click();
    await page.getByTestId('template-editor').waitFor({ state: 'detached' });
    const row = page.getByTestId('template-row-decision_document');
    await row.filter({ hasText: '自定义' }).filter({ hasText: '第 1 版' }).waitFor();
    expect(consoleErrors()).toEqual([]);
  });
});
