import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickWhenSettled } from './support/app.ts';
import { launchBrowser, openPage, pickOption, screenshot } from './support/browser.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * A township's first day, in a real browser against the real server process: the
 * administrator signs in with the one-time password the server printed, chooses a
 * password, sets up the agency, creates an officer, and the officer signs in.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;

const ADMIN_PASSWORD = 'Guanli-2026-liuhen';
const OFFICER_PASSWORD = 'Zhifa-2026-jilu';

beforeAll(async () => {
  server = await startServerProcess();
  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(username: string, password: string) {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function changePassword(current: string, next: string) {
  await page.getByTestId('change-current-password').fill(current);
  await page.getByTestId('change-new-password').fill(next);
  await page.getByTestId('change-confirm-password').fill(next);
  await page.getByTestId('change-submit').click();
}

describe('first day', () => {
  it('shows the login page at the root address', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.url()).toMatch(/\/login$/);
    await page.getByTestId('login-submit').waitFor();
    expect(await page.textContent('body')).toContain('留痕');
    await screenshot(page, '01-login');
  });

  it('refuses a wrong password with a message', async () => {
    await signIn('admin', 'not-the-password-1');
    await page.getByText('用户名或密码错误').first().waitFor();
  });

  it('the administrator signs in with the printed one-time password and must change it', async () => {
    await signIn('admin', server.oneTimePassword);
    await page.getByTestId('change-submit').waitFor();
    expect(page.url()).toMatch(/\/change-password$/);
    await screenshot(page, '02-change-password');
    await changePassword(server.oneTimePassword, ADMIN_PASSWORD);
    await page.getByTestId('nav-users').waitFor();
    await page.getByTestId('nav-agencies').waitFor();
  });

  it('creates an agency and a department', async () => {
    await page.getByTestId('nav-agencies').click();
    await page.getByTestId('agency-create').click();
    await page.getByTestId('agency-name').fill('柳林镇人民政府');
    await page.getByTestId('agency-code').fill('柳林镇');
    await page.getByTestId('agency-submit').click();
    await page.getByRole('cell', { name: '柳林镇人民政府' }).waitFor();

    await page.getByTestId('agency-departments-柳林镇').click();
    await page.getByTestId('department-name').fill('综合行政执法队');
    await page.getByTestId('department-submit').click();
    await page.getByText('综合行政执法队').first().waitFor();
    await screenshot(page, '03-agency-departments');
    await page.keyboard.press('Escape');
    await page.getByTestId('department-name').waitFor({ state: 'hidden' });
  });

  let officerOneTimePassword = '';

  it('creates an officer and is shown the one-time password once', async () => {
    await page.getByTestId('nav-users').click();
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-username').fill('wang.qiang');
    await page.getByTestId('user-display-name').fill('王强');
    await page.getByTestId('user-certificate').fill('37152100088');
    await pickOption(page, 'user-agency', '柳林镇人民政府');
    await pickOption(page, 'user-department', '综合行政执法队');
    const roleCheckbox = page.getByTestId('role-officer');
    if (await roleCheckbox.count()) await roleCheckbox.check();
    else await pickOption(page, 'user-roles', '执法人员');
    await page.getByTestId('user-submit').click();

    const password = page.getByTestId('one-time-password');
    await password.waitFor();
    officerOneTimePassword = (await password.innerText()).trim();
    expect(officerOneTimePassword).toMatch(/^\S{16,}$/);
    await screenshot(page, '04-officer-created');
    await clickWhenSettled(page, 'one-time-password-close');
    await password.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'wang.qiang' }).waitFor();
    await screenshot(page, '05-users');
  });

  it('the officer signs in, changes the password, and sees no administration', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-submit').waitFor();

    await signIn('wang.qiang', officerOneTimePassword);
    await page.getByTestId('change-submit').waitFor();
    await changePassword(officerOneTimePassword, OFFICER_PASSWORD);
    await page.getByText('王强').first().waitFor();
    expect(await page.getByTestId('nav-users').count()).toBe(0);
    expect(await page.getByTestId('nav-agencies').count()).toBe(0);
    await screenshot(page, '06-officer-home');

    const session = (await page.evaluate(async () =>
      (await fetch('/api/v1/auth/session')).json(),
    )) as { user: unknown };
    expect(session.user).toMatchObject({
      username: 'wang.qiang',
      roles: ['officer'],
      mustChangePassword: false,
    });
  });
});

describe('the public ledger portal', () => {
  it('shows, without login, the latest signed checkpoint and the public key', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('public-ledger-link').click();
    await expect.poll(() => page.url()).toMatch(/\/public\/ledger$/);

    const logs = page.getByTestId('ledger-logs');
    await logs.getByText('平台日志').waitFor();
    const keys = page.getByTestId('ledger-keys');
    await keys.getByText('Ed25519').first().waitFor();

    // What the page shows is what the API publishes.
    const published = (await page.evaluate(async () =>
      (await fetch('/api/v1/public/ledger/keys')).json(),
    )) as { items: { publicKey: string }[] };
    expect(published.items).toHaveLength(1);
    expect(await keys.textContent()).toContain(published.items[0]!.publicKey.slice(0, 8));
    await screenshot(page, '07-public-ledger');

    const download = page.waitForEvent('download');
    await page.getByTestId('ledger-download-platform').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^liuhen-checkpoint-platform-\d+\.json$/);
  });
});
