import type { Browser, Page } from 'playwright-core';
import { standardProfile } from '@liuhen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENCIES, DEMO_PASSWORD } from '../apps/server/src/demo/demo-agencies.ts';
import { signIn, signOut, watchConsoleErrors } from './support/app.ts';
import { launchBrowser, openPage, screenshot } from './support/browser.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * `npm run demo` as a visitor sees it: the server started in demo mode loads its agencies
 * and cases before it listens; then every page of every demo agency — the home page with
 * its inbox, the case list, each case in every stage — renders with the demo banner and
 * without a console error.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let startedInMs = 0;

beforeAll(async () => {
  const started = Date.now();
  // Six sign-ins from one address within a minute: above the default per-address limit.
  server = await startServerProcess({
    env: { DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' },
    // A ceiling: seeding makes and uploads recordings, over ten minutes on a loaded machine.
    startTimeoutMs: 1_500_000,
  });
  startedInMs = Date.now() - started;
  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  consoleErrors = watchConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the demo', () => {
  it('loads its agencies and cases before it listens, and says so on the console', () => {
    console.log(`[demo] server ready with demo data in ${(startedInMs / 1000).toFixed(1)} s`);
    expect(server.output()).toContain('演示模式');
    // Eight cases each, but for the emergency launch, which only 003 第十条 provides.
    expect(server.output()).toMatch(/已载入 5 个演示机关、26 个用户、36 件案件/);
  });

  it.each(DEMO_AGENCIES.map((agency) => [agency.profileId, agency] as const))(
    'shows every case of the %s agency, with the demo banner and no console error',
    async (_profileId, agency) => {
      await page.goto(server.url);
      await signIn(page, `${agency.prefix}.zhang`, DEMO_PASSWORD);
      await page.getByTestId('user-menu').waitFor();
      await page.getByTestId('demo-banner').waitFor();
      await page.getByTestId('approval-inbox').waitFor();

      await page.getByTestId('nav-cases').click();
      await page.getByTestId('cases-table').waitFor();
      const ids: string[] = await page.evaluate(async () => {
        const response = await fetch('/api/v1/cases?limit=50');
        const body = (await response.json()) as { items: { id: string }[] };
        return body.items.map((item) => item.id);
      });
      const emergencyLaunch =
        standardProfile(agency.profileId)?.emergencyLaunchApprovalDeadline !== undefined;
      expect(ids).toHaveLength(emergencyLaunch ? 8 : 7);
      const stages = new Set<string>();
      for (const id of ids) {
        await page.goto(`${server.url}/cases/${id}`);
        const timeline = page.getByTestId('case-stages');
        await timeline.waitFor();
        stages.add((await timeline.getAttribute('data-current-stage')) ?? '');
      }
      expect([...stages].sort()).toEqual([
        'archived',
        'archiving',
        'decision',
        'investigation',
        'launch',
        'service_and_execution',
      ]);
      await screenshot(page, `demo-${agency.profileId}-archived-case`);
      await signOut(page);
      expect(consoleErrors()).toEqual([]);
    },
  );

  it('gives the agency head approvals waiting in the inbox', async () => {
    await page.goto(server.url);
    await signIn(page, `${DEMO_AGENCIES[4]!.prefix}.zhou`, DEMO_PASSWORD);
    const inbox = page.getByTestId('approval-inbox');
    await inbox.getByRole('link').first().waitFor();
    await screenshot(page, 'demo-inbox');
    expect(await inbox.getByRole('link').count()).toBeGreaterThan(0);
    await signOut(page);
    expect(consoleErrors()).toEqual([]);
  });
});
