import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './support/api-setup.ts';
import { animationsDone, clickWhenSettled, signIn, watchConsoleErrors } from './support/app.ts';
import { launchBrowser, openPage, pickOption, screenshot } from './support/browser.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * Saved views on the case list and the findings list, in a real browser against the real
 * server: the filters live in the address bar, an officer saves them under a name, switches
 * between views and the whole list, opens a shared link, renames and deletes views.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];

const PASSWORD = 'Zhifa-2026-jilu';
const SIGNBOARD_CASE = '某某贸易有限公司未按规定设置店招案';
const NOISE_CASE = '某某餐饮店夜间噪声扰民案';

beforeAll(async () => {
  server = await startServerProcess();
  const admin = new ApiSession(server.url);
  await admin.firstSignIn('admin', server.oneTimePassword, 'Guanli-2026-liuhen');
  const agency = await admin.expect('POST', '/api/v1/agencies', {
    name: '常山县综合行政执法局',
    code: '常综执',
  });
  await admin.expect('PUT', `/api/v1/agencies/${agency.id}/profile`, { profileId: 'seed-004' });
  const department = await admin.expect('POST', `/api/v1/agencies/${agency.id}/departments`, {
    name: '执法一中队',
  });
  const officer = async (username: string, displayName: string, certificateNumber: string) => {
    const created = await admin.expect('POST', '/api/v1/users', {
      username,
      displayName,
      certificateNumber,
      agencyId: agency.id,
      departmentId: department.id,
      roles: ['officer'],
    });
    const session = new ApiSession(server.url);
    await session.firstSignIn(username, created.oneTimePassword, PASSWORD);
    return { session, id: created.user.id as string };
  };
  const zhang = await officer('zhang.san', '张三', '33082200001');
  const li = await officer('li.si', '李四', '33082200002');
  const open = (name: string, actType: string, parties: unknown[]) =>
    zhang.session.expect('POST', '/api/v1/cases', {
      name,
      actType,
      procedure: 'ordinary',
      launchMode: 'ex_officio',
      departmentId: department.id,
      parties,
      officers: [
        { userId: zhang.id, role: 'handler' },
        { userId: li.id, role: 'assisting' },
      ],
    });
  await open(SIGNBOARD_CASE, 'penalty', [
    {
      kind: 'organisation',
      name: '常山县某某贸易有限公司',
      creditCode: '91350100M000100Y43',
      legalRepresentative: '赵六',
    },
  ]);
  await open(NOISE_CASE, 'inspection', [
    { kind: 'natural_person', name: '王五', residentId: '11010519491231002X' },
  ]);

  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  consoleErrors = watchConsoleErrors(page);
  await page.goto(server.url);
  await signIn(page, 'zhang.san', PASSWORD);
  await page.getByTestId('user-menu').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function shot(name: string) {
  await animationsDone(page);
  await screenshot(page, name);
}

const caseRows = () => page.getByTestId('cases-table').locator('tr.ant-table-row');
const chosenView = () => page.getByTestId('saved-view-select').textContent();
const searchParams = () => new URL(page.url()).searchParams;

async function chooseView(name: string) {
  await pickOption(page, 'saved-view-select', name);
}

/** 保存为视图 → name → 保存; returns once the modal has gone (or leaves it open on an error). */
async function saveView(name: string) {
  await page.getByTestId('saved-view-save').click();
  await page.getByTestId('saved-view-name').fill(name);
  await clickWhenSettled(page, 'saved-view-submit');
}

describe('saved views on the case list', () => {
  it('start empty, with the hint, and nothing to save until a filter is set', async () => {
    await page.getByTestId('nav-cases').click();
    await expect.poll(() => caseRows().count()).toBe(2);
    expect(await page.getByTestId('saved-view-empty').textContent()).toBe(
      '尚未保存视图：设置筛选条件后点击“保存为视图”',
    );
    expect(await chosenView()).toContain('全部案件');
    expect(await page.getByTestId('saved-view-save').isDisabled()).toBe(true);
  });

  it('keep the filters in the address bar and save them under a name', async () => {
    await pickOption(page, 'case-filter-act-type', '行政处罚');
    await expect.poll(() => caseRows().count()).toBe(1);
    expect(searchParams().get('actType')).toBe('penalty');
    await expect.poll(chosenView).toContain('当前筛选（未保存）');

    await page.getByTestId('saved-view-save').click();
    await page.getByTestId('saved-view-name').waitFor();
    expect(await page.locator('.ant-modal').textContent()).toContain('执法类别：行政处罚');
    // An empty name is refused in the form.
    await clickWhenSettled(page, 'saved-view-submit');
    await page.getByText('请填写视图名称').waitFor();
    await page.getByTestId('saved-view-name').fill('处罚案件');
    await shot('saved-views-01-save-modal');
    await page.getByTestId('saved-view-submit').click();
    await page.getByTestId('saved-view-name').waitFor({ state: 'detached' });

    await expect.poll(chosenView).toContain('处罚案件');
    await expect.poll(() => page.getByTestId('saved-view-empty').count()).toBe(0);
  });

  it('refuse a name already used, under the name field', async () => {
    // The address bar changes first; the page follows in a React transition.
    await page.getByTestId('case-filter-search').fill('店招');
    await expect.poll(() => searchParams().get('search')).toBe('店招');
    await expect.poll(() => caseRows().count()).toBe(1);
    await expect.poll(chosenView).toContain('当前筛选（未保存）');

    await saveView('处罚案件');
    await page.getByText('您在此列表中已有同名视图').waitFor();
    await shot('saved-views-02-name-taken');
    await page.getByTestId('saved-view-name').fill('店招处罚案件');
    await page.getByTestId('saved-view-submit').click();
    await page.getByTestId('saved-view-name').waitFor({ state: 'detached' });
    await expect.poll(chosenView).toContain('店招处罚案件');
  });

  it('apply a view’s filters, or none for the whole list', async () => {
    await chooseView('全部案件');
    await expect.poll(() => caseRows().count()).toBe(2);
    expect([...searchParams().keys()]).toEqual([]);
    expect(await page.getByTestId('case-filter-search').inputValue()).toBe('');
    expect(await page.getByTestId('case-filter-act-type').textContent()).toContain('全部执法类别');

    await chooseView('店招处罚案件');
    await expect.poll(() => page.getByTestId('case-filter-search').inputValue()).toBe('店招');
    expect(await page.getByTestId('case-filter-act-type').textContent()).toContain('行政处罚');
    await expect.poll(() => caseRows().count()).toBe(1);
    expect(await caseRows().first().textContent()).toContain(SIGNBOARD_CASE);

    await chooseView('处罚案件');
    await expect.poll(() => page.getByTestId('case-filter-search').inputValue()).toBe('');
    await expect.poll(() => caseRows().count()).toBe(1);
    expect(searchParams().get('actType')).toBe('penalty');
    expect(searchParams().has('search')).toBe(false);
  });

  it('are selected by a shared link with their filters', async () => {
    await page.goto(`${server.url}/cases?search=${encodeURIComponent('店招')}&actType=penalty`);
    await expect.poll(chosenView).toContain('店招处罚案件');
    expect(await page.getByTestId('case-filter-search').inputValue()).toBe('店招');
    await expect.poll(() => caseRows().count()).toBe(1);
    await shot('saved-views-03-shared-link');
  });

  it('are renamed and deleted in the manager', async () => {
    await clickWhenSettled(page, 'saved-view-manage');
    await page.getByTestId('saved-view-item-处罚案件').waitFor();
    expect(await page.getByTestId('saved-view-item-店招处罚案件').textContent()).toContain(
      '执法类别：行政处罚；搜索：店招',
    );
    await shot('saved-views-04-manage');

    await page.getByTestId('saved-view-rename-处罚案件').click();
    await expect.poll(() => page.getByTestId('saved-view-name').inputValue()).toBe('处罚案件');
    await page.getByTestId('saved-view-name').fill('全部处罚案件');
    await clickWhenSettled(page, 'saved-view-submit');
    await page.getByTestId('saved-view-name').waitFor({ state: 'detached' });

    await clickWhenSettled(page, 'saved-view-manage');
    await page.getByTestId('saved-view-item-全部处罚案件').waitFor();
    expect(await page.getByTestId('saved-view-item-处罚案件').count()).toBe(0);
    await page.getByTestId('saved-view-delete-店招处罚案件').click();
    await clickWhenSettled(page, 'saved-view-delete-confirm');
    await page.getByTestId('saved-view-item-店招处罚案件').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');

    // The list stays as it was; its filters simply match no view now.
    await expect.poll(chosenView).toContain('当前筛选（未保存）');
    await chooseView('全部处罚案件');
    await expect.poll(() => caseRows().count()).toBe(1);
  });
});

describe('saved views on the findings list', () => {
  it('are kept apart from the case list’s and work the same way', async () => {
    await page.getByTestId('nav-findings').click();
    await page.getByTestId('saved-view-empty').waitFor();
    expect(await chosenView()).toContain('全部检查发现');

    await pickOption(page, 'findings-filter-severity', '缺失');
    await page.keyboard.press('Escape');
    await expect.poll(() => searchParams().get('severity')).toBe('missing');
    await saveView('缺失事项');
    await page.getByTestId('saved-view-name').waitFor({ state: 'detached' });
    await expect.poll(chosenView).toContain('缺失事项');

    await chooseView('全部检查发现');
    await expect.poll(() => searchParams().has('severity')).toBe(false);
    await chooseView('缺失事项');
    await expect.poll(() => searchParams().get('severity')).toBe('missing');
    await shot('saved-views-05-findings');

    expect(consoleErrors()).toEqual([]);
  });
});
