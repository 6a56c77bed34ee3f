import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSignIn, watchConsoleErrors } from './support/app.ts';
import { launchBrowser, openPage, screenshot } from './support/browser.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * 系统管理 → 节假日 in a real browser: the platform administrator pastes a notice that does
 * not add up (refused, with the reason), then the made-up 2027 notice of the test data
 * (testdata/holiday-notices/README.md), checks the preview and saves it.
 */
const notice = (name: string) =>
  readFileSync(new URL(`../testdata/holiday-notices/${name}`, import.meta.url), 'utf8');

let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];

beforeAll(async () => {
  server = await startServerProcess();
  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  consoleErrors = watchConsoleErrors(page);
  await page.goto(server.url);
  await firstSignIn(page, 'admin', server.oneTimePassword, 'Guanli-2026-jiari');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('节假日', () => {
  it('lists the years built in', async () => {
    await page.getByTestId('nav-holidays').click();
    const years = page.getByTestId('holiday-years');
    await years.getByRole('cell', { name: '2026', exact: true }).waitFor();
    expect(await years.textContent()).toContain('系统内置');
  });

  it('refuses a notice whose total does not match its dates, saying which', async () => {
    await page.getByTestId('holiday-notice-text').fill(notice('notice-2027-bad-total.txt'));
    await page.getByTestId('holiday-preview').click();
    const error = page.getByTestId('holiday-notice-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('通知写共 9 天');
    expect(await page.getByTestId('holiday-save').isDisabled()).toBe(true);
  });

  it('previews the 2027 notice day by day, saves it, and lists it as entered', async () => {
    await page.getByTestId('holiday-notice-text').fill(notice('notice-2027-made-up.txt'));
    await page.getByTestId('holiday-preview').click();
    const preview = page.getByTestId('holiday-preview-result');
    await preview.waitFor();
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('国办发明电〔2026〕9号');
    expect(text).toContain('2027-02-05 至 2027-02-12（共 8 天）');
    await screenshot(page, 'holidays-01-preview');

    await page.getByTestId('holiday-save').click();
    await preview.waitFor({ state: 'detached' });
    const years = page.getByTestId('holiday-years');
    await years.getByRole('cell', { name: '2027', exact: true }).waitFor();
    expect(await years.textContent()).toContain('管理员录入');
    await screenshot(page, 'holidays-02-entered');
  });

  it('rendered without console errors but the refused notice', () => {
    expect(consoleErrors().filter((line) => !/status of 422\b/.test(line))).toEqual([]);
  });
});
