import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, ApiSession, setUpAgency } from './support/api-setup.ts';
import { animationsDone, clickWhenSettled, signIn, watchConsoleErrors } from './support/app.ts';
import {
  closeDropdown,
  launchBrowser,
  openPage,
  pickOption,
  screenshot,
} from './support/browser.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * The agency owns its regulation, in a real browser against the real server: the head of
 * 柳林镇 (seed 000, whose 音像记录事项清单 does not name 询问) copies the regulation as the
 * agency's own, adds 询问 to the list with the situation the platform recognises, and saves
 * a new version; a case opened afterwards is held to it: questioning without a recording is
 * a finding on that case, citing the edited list.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let handler: { session: ApiSession; id: string };
let assistant: { session: ApiSession; id: string };
let ids: { agencyId: string; departmentId: string };

const PASSWORD = 'Zhifa-2026-jilu';

beforeAll(async () => {
  server = await startServerProcess();
  const admin = new ApiSession(server.url);
  await admin.firstSignIn('admin', server.oneTimePassword, 'Guanli-2026-liuhen');
  ids = await setUpAgency(admin, {
    name: '冠县柳林镇人民政府',
    code: '柳政',
    profileId: 'seed-000',
    department: '综合行政执法队',
    people: [{ username: 'zhou.zhen', displayName: '周镇长', roles: ['agency_head'] }],
    password: PASSWORD,
  });
  const officer = (username: string, displayName: string, certificateNumber: string) =>
    addPerson(
      admin,
      ids,
      { username, displayName, roles: ['officer'], certificateNumber },
      PASSWORD,
    );
  handler = await officer('zhang.san', '张三', '37152100001');
  assistant = await officer('li.si', '李四', '37152100002');
  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  consoleErrors = watchConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the agency's own regulation", () => {
  it('the agency head copies the regulation in force as the agency’s own', async () => {
    await page.goto(server.url);
    await signIn(page, 'zhou.zhen', PASSWORD);
    await page.getByTestId('nav-profile').click();
    await page.getByTestId('profile-in-force').filter({ hasText: '柳林镇' }).waitFor();
    // What 000 asks that the platform cannot check is listed, with its article (第二十条).
    const unchecked = page.getByTestId('unchecked-duties');
    await unchecked.filter({ hasText: '定期开展案卷评查' }).waitFor();
    await unchecked.filter({ hasText: '第二十条' }).waitFor();
    await clickWhenSettled(page, 'profile-copy');
    await page.getByTestId('profile-version-1').waitFor();
    await unchecked.filter({ hasText: '涉密音像资料不得在非涉密设备上存储' }).waitFor();
    await page.getByTestId('av-item-3').waitFor();
    expect(await page.getByTestId('av-items').locator('tbody tr').count()).toBe(4);
    await page.getByTestId('profile-diff').filter({ hasText: '相同' }).waitFor();
  });

  it('adds 询问 to the 音像记录事项清单 and saves it as version 2', async () => {
    await clickWhenSettled(page, 'av-item-add');
    await page.getByTestId('av-item-value-4').fill('询问当事人及有关人员');
    await pickOption(page, 'av-item-situations-4', '询问（调查）');
    await closeDropdown(page);
    await page.getByTestId('profile-note').fill('镇党委会决定：询问一律全程音像记录');
    await clickWhenSettled(page, 'profile-save');
    await page.getByTestId('profile-version-2').waitFor();
    await page.getByTestId('profile-diff').filter({ hasText: '音像记录事项清单' }).waitFor();
    await page.getByTestId('av-item-4').filter({ hasText: '询问（调查）' }).waitFor();
    await animationsDone(page);
    await screenshot(page, 'agency-profile-version-2');
  });

  it('a case opened afterwards follows the edited list', async () => {
    const opened = await handler.session.expect('POST', '/api/v1/cases', {
      name: '某某商店占道经营案',
      actType: 'penalty',
      procedure: 'ordinary',
      launchMode: 'ex_officio',
      departmentId: ids.departmentId,
      parties: [{ kind: 'natural_person', name: '王五', residentId: '11010519491231002X' }],
      officers: [
        { userId: handler.id, role: 'handler' },
        { userId: assistant.id, role: 'assisting' },
      ],
    });
    expect(opened).toMatchObject({ profileId: `agency-${ids.agencyId}`, profileVersion: 2 });
    // The case source says the officers questioned the party; no recording is attached.
    await handler.session.expect('POST', `/api/v1/cases/${opened.id}/records`, {
      type: 'case_source_record',
      madeAt: new Date().toISOString(),
      fields: { caseSource: '日常巡查发现，现场询问了当事人', filing: '经批准立案调查' },
      situations: ['inquiry'],
    });

    await page.goto(`${server.url}/cases/${opened.id}`);
    await page
      .getByTestId('finding')
      .filter({ hasText: '询问（调查）应当进行音像记录' })
      .first()
      .waitFor();
    await animationsDone(page);
    await screenshot(page, 'agency-profile-case-finding');
    expect(consoleErrors()).toEqual([]);
  });
});
