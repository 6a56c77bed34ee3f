import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './support/api-setup.ts';
import { animationsDone, signIn, watchConsoleErrors } from './support/app.ts';
import { launchBrowser, openPage, screenshot } from './support/browser.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * The regulation library in the browser: a finding's citation names the regulation by its
 * short title, and hovering it shows the article's text from the library.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let caseId = '';
const PASSWORD = 'Zhifa-2026-jilu';

beforeAll(async () => {
  server = await startServerProcess();
  const admin = new ApiSession(server.url);
  await admin.firstSignIn('admin', server.oneTimePassword, 'Guanli-2026-liuhen');
  const agency = await admin.expect('POST', '/api/v1/agencies', {
    name: '德宏州某某局',
    code: '德某',
  });
  await admin.expect('PUT', `/api/v1/agencies/${agency.id}/profile`, { profileId: 'seed-003' });
  const department = await admin.expect('POST', `/api/v1/agencies/${agency.id}/departments`, {
    name: '执法一科',
  });
  const created = await admin.expect('POST', '/api/v1/users', {
    username: 'dao.yi',
    displayName: '刀一',
    certificateNumber: '53310000001',
    agencyId: agency.id,
    departmentId: department.id,
    roles: ['officer'],
  });
  const officer = new ApiSession(server.url);
  await officer.firstSignIn('dao.yi', created.oneTimePassword, PASSWORD);
  // Enforcement needs two officers (执法人员不得少于两人).
  const second = await admin.expect('POST', '/api/v1/users', {
    username: 'dao.er',
    displayName: '刀二',
    certificateNumber: '53310000002',
    agencyId: agency.id,
    departmentId: department.id,
    roles: ['officer'],
  });
  const opened = await officer.expect('POST', '/api/v1/cases', {
    name: '某某商店未按规定明码标价案',
    actType: 'penalty',
    procedure: 'ordinary',
    launchMode: 'ex_officio',
    departmentId: department.id,
    parties: [{ kind: 'natural_person', name: '王五', residentId: '11010519491231002X' }],
    officers: [
      { userId: created.user.id, role: 'handler' },
      { userId: second.user.id, role: 'assisting' },
    ],
  });
  caseId = opened.id;

  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  consoleErrors = watchConsoleErrors(page);
  await page.goto(server.url);
  await signIn(page, 'dao.yi', PASSWORD);
  await page.getByTestId('user-menu').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a cited article', () => {
  it('is named by the regulation’s short title, and shows its text on hover', async () => {
    await page.goto(`${server.url}/cases/${caseId}`);
    const findings = page.getByTestId('case-findings');
    // An article of the case's regulation (a finding may also cite national law).
    const citation = findings.locator('[data-testid="finding-citation"][data-seed="003"]').first();
    await citation.waitFor();
    const label = (await citation.textContent()) ?? '';
    expect(label).toMatch(/^《德宏州记录办法》第[一二三四五六七八九十百]+条$/);

    await citation.hover();
    const text = page.getByTestId('citation-text');
    await text.waitFor();
    const shown = (await text.textContent()) ?? '';
    // The article as the library holds it, headed by its number, signed with the full title.
    expect(shown.startsWith(label.replace(/^《.+》/, ''))).toBe(true);
    expect(shown).toContain('——《德宏州行政执法全过程记录实施办法》');
    expect(shown.length).toBeGreaterThan(label.length + 20);
    await animationsDone(page);
    await screenshot(page, 'regulations-01-article-on-hover');
    expect(consoleErrors()).toEqual([]);
  });
});
