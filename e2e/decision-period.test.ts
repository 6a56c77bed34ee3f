import { formatDueBy } from '@liuhen/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, ApiSession, setUpAgency } from './support/api-setup.ts';
import {
  animationsDone,
  answerTo,
  clickWhenSettled,
  signIn,
  watchConsoleErrors,
} from './support/app.ts';
import { launchBrowser, openPage, screenshot } from './support/browser.ts';
import { fileThroughApi } from './support/filed-case.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * Issue 15's web gaps, in a real browser against the real server: the agency head of 常山
 * (seed 004) extends a filed penalty case's decision period (行政处罚法 第六十条) from the case
 * page and sees the new due date the server counted, with the extension in its history; the
 * case page reads on a phone; then he publishes the 音像记录事项清单 on 本机关制度 and the
 * public page shows it, as published.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let chief: ApiSession;
let handler: { session: ApiSession; id: string };
let caseId = '';
let agencyId = '';

const PASSWORD = 'Zhifa-2026-qixian';

beforeAll(async () => {
  server = await startServerProcess();
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
  agencyId = ids.agencyId;
  const person = (username: string, displayName: string, roles: string[], certificate?: string) =>
    addPerson(
      admin,
      ids,
      {
        username,
        displayName,
        roles,
        ...(certificate === undefined ? {} : { certificateNumber: certificate }),
      },
      PASSWORD,
    );
  handler = await person('zhang.san', '张三', ['officer'], '33082200001');
  const assistant = await person('li.si', '李四', ['officer'], '33082200002');
  const head = await person('chen.dui', '陈队长', ['department_head']);
  const legal = await person('wu.fazhi', '吴法制', ['legal_reviewer']);
  chief = (await person('zhou.ju', '周局长', ['agency_head'])).session;

  // A penalty case filed through the API: its launch approved step by step by the chain's roles.
  const opened = await handler.session.expect('POST', '/api/v1/cases', {
    name: '某某贸易有限公司擅自设置大型店招案',
    actType: 'penalty',
    procedure: 'ordinary',
    launchMode: 'ex_officio',
    departmentId: ids.departmentId,
    parties: [
      {
        kind: 'organisation',
        name: '常山县某某贸易有限公司',
        creditCode: '91350100M000100Y43',
        legalRepresentative: '赵六',
      },
    ],
    officers: [
      { userId: handler.id, role: 'handler' },
      { userId: assistant.id, role: 'assisting' },
    ],
  });
  caseId = opened.id;
  await fileThroughApi(handler.session, caseId, {
    department_head: head.session,
    legal_reviewer: legal.session,
    agency_head: chief,
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
    await screenshot(page, `decision-period-failed-${context.task.name.slice(0, 40)}`);
  }
});

/** The period as the server counts it (the case detail the page reads). */
async function periodOnServer(): Promise<{ deadline: string; changes: unknown[] }> {
  return (await chief.expect('GET', `/api/v1/cases/${caseId}`)).decisionPeriod;
}

describe('the decision period on the case page', () => {
  let before = '';

  it('shows the agency head the end of the 90 days, and the acts on it', async () => {
    await page.goto(server.url);
    await signIn(page, 'zhou.ju', PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    await page.goto(`${server.url}/cases/${caseId}`);
    const card = page.getByTestId('decision-period');
    await card.waitFor();
    before = (await periodOnServer()).deadline;
    await expect
      .poll(() => page.getByTestId('decision-period-deadline').textContent())
      .toBe(formatDueBy(before));
    expect(await card.getAttribute('data-state')).toBe('running');
    await page.getByTestId('decision-period-suspend').waitFor();
  });

  it('extends it by 30 days with the reason, approved by himself, and shows the new due date', async () => {
    await clickWhenSettled(page, 'decision-period-extend');
    expect(await page.getByTestId('decision-period-approver').textContent()).toContain('周局长');
    await page.getByTestId('decision-period-days').fill('30');
    await page.getByTestId('decision-period-reason').fill('案情复杂，需补充调查取证');
    const answer = await answerTo(page, 'POST', /\/decision-period\/extensions$/, () =>
      clickWhenSettled(page, 'decision-period-submit'),
    );
    expect(answer.status()).toBe(200);
    await page.getByTestId('decision-period-submit').waitFor({ state: 'detached' });

    const after = (await periodOnServer()).deadline;
    // 30 more days, and however many days a holiday at the new end adds.
    const days = (Date.parse(after) - Date.parse(before)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(30);
    expect(days).toBeLessThan(40);
    await expect
      .poll(() => page.getByTestId('decision-period-deadline').textContent())
      .toBe(formatDueBy(after));
    const history = page.getByTestId('decision-period-history');
    await history.getByText('延长 30 日').waitFor();
    expect(await history.textContent()).toContain('经周局长批准；理由：案情复杂，需补充调查取证');
    await animationsDone(page);
    await screenshot(page, 'decision-period-extended');
  });

  it('reads on a phone', async () => {
    const phone = await openPage(browser, {
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      await phone.goto(server.url);
      await signIn(phone, 'zhou.ju', PASSWORD);
      await phone.getByTestId('user-menu').waitFor();
      await phone.goto(`${server.url}/cases/${caseId}`);
      const deadline = phone.getByTestId('decision-period-deadline');
      await deadline.scrollIntoViewIfNeeded();
      await deadline.waitFor({ state: 'visible' });
      const box = await phone.getByTestId('decision-period').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(390);
      await animationsDone(phone);
      await screenshot(phone, 'decision-period-phone');
    } finally {
      await phone.close();
    }
  });
});

describe('the 音像记录事项清单 made public', () => {
  it('is published by the head with a confirmation, and the public page shows it', async () => {
    await page.getByTestId('nav-profile').click();
    const card = page.getByTestId('av-item-list-publishing');
    await card.waitFor();
    await expect.poll(() => card.getAttribute('data-status')).toBe('unpublished');
    await clickWhenSettled(page, 'av-item-list-publish');
    const answer = await answerTo(page, 'POST', /\/av-item-list\/publications$/, () =>
      clickWhenSettled(page, 'av-item-list-publish-confirm'),
    );
    expect(answer.status()).toBe(201);
    await expect.poll(() => card.getAttribute('data-status')).toBe('current');
    const link = page.getByTestId('av-item-list-public-link');
    const href = await link.getAttribute('href');
    expect(href).toBe(`${server.url}/public/av-items/${agencyId}`);
    await animationsDone(page);
    await screenshot(page, 'av-item-list-published');

    // Signed in or not, the address is public: the list as the head published it.
    await page.goto(href!);
    const list = page.getByTestId('public-av-item-list');
    await list.waitFor();
    expect(await list.textContent()).toContain('常山县综合行政执法局音像记录事项清单');
    expect(await page.getByTestId('public-av-item-list-published-at').textContent()).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 发布$/,
    );
    expect(consoleErrors()).toEqual([]);
  });
});
