import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  animationsDone,
  answerTo,
  clickWhenSettled,
  createUser,
  firstSignIn,
  signIn,
  signOut,
  watchConsoleErrors,
} from './support/app.ts';
import { launchBrowser, openPage, pickOption, screenshot } from './support/browser.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * A penalty case from its launch to 立案, in a real browser against the real server: the
 * administrator puts an agency under 常山's regulation (seed-004) with a department, two
 * officers and the department's head; one officer opens a case against a company, is
 * stopped at 立案 by what the regulation requires (with the article), makes the two missing
 * records through the forms the record catalogue generates and submits the launch for
 * approval; the head approves it; the officer files the case.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];

const AGENCY = '常山县综合行政执法局';
const DEPARTMENT = '执法一中队';
const ADMIN_PASSWORD = 'Guanli-2026-liuhen';
const USER_PASSWORD = 'Zhifa-2026-jilu';
const CASE_NAME = '某某贸易有限公司未按规定设置店招案';
const oneTimePasswords = new Map<string, string>();
let casePath = '';

beforeAll(async () => {
  server = await startServerProcess();
  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  consoleErrors = watchConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A screenshot once drawers and messages have finished moving. */
async function shot(name: string) {
  await animationsDone(page);
  await screenshot(page, name);
}

/** Fills a field of a record form generated from the catalogue. */
async function fillRecordField(key: string, text: string) {
  await page.getByTestId(`record-field-${key}`).fill(text);
}

async function currentStage() {
  return page.getByTestId('case-stages').getAttribute('data-current-stage');
}

/** 立案, confirmed; returns once the server has answered and the page shows its answer. */
async function tryToFile() {
  await page.getByTestId('transition-file').click();
  await answerTo(page, 'POST', /\/transitions$/, () =>
    clickWhenSettled(page, 'transition-confirm'),
  );
  await page.getByTestId('transition-confirm').waitFor({ state: 'detached' });
}

/** 提交审批 for the launch, once the server has taken it and the card shows it waiting. */
async function submitLaunchForApproval() {
  const answer = await answerTo(page, 'POST', /\/approvals$/, () =>
    page.getByTestId('approval-submit-launch').click(),
  );
  expect(answer.status(), await answer.text()).toBe(201);
  await page.locator('[data-testid="approval-launch"][data-status="pending"]').waitFor();
}

describe('a penalty case, launch to investigation', () => {
  it('the administrator puts an agency under the 常山 regulation, with a department, two officers and a head', async () => {
    await page.goto(server.url);
    await firstSignIn(page, 'admin', server.oneTimePassword, ADMIN_PASSWORD);

    await page.getByTestId('nav-agencies').click();
    await page.getByTestId('agency-create').click();
    await page.getByTestId('agency-name').fill(AGENCY);
    await page.getByTestId('agency-code').fill('常综执');
    await pickOption(page, 'agency-profile', '常山县综合行政执法局行政执法公示制度');
    await page.getByTestId('agency-submit').click();
    const profileCell = page.getByTestId('agency-profile-常综执');
    await expect.poll(() => profileCell.textContent()).toContain('行政执法全过程记录制度');
    await shot('cases-01-agency-with-profile');

    await page.getByTestId('agency-departments-常综执').click();
    await page.getByTestId('department-name').fill(DEPARTMENT);
    await page.getByTestId('department-submit').click();
    await page.getByText(DEPARTMENT).first().waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('department-name').waitFor({ state: 'hidden' });

    for (const user of [
      { username: 'zhang.san', displayName: '张三', certificate: '33082200001', role: 'officer' },
      { username: 'li.si', displayName: '李四', certificate: '33082200002', role: 'officer' },
      { username: 'chen.dui', displayName: '陈队长', role: 'department_head' },
    ]) {
      const oneTime = await createUser(page, { ...user, agency: AGENCY, department: DEPARTMENT });
      oneTimePasswords.set(user.username, oneTime);
    }
  });

  it('an officer opens an ex officio penalty case against a company', async () => {
    await signOut(page);
    await firstSignIn(page, 'zhang.san', oneTimePasswords.get('zhang.san')!, USER_PASSWORD);
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('cases-empty').waitFor();
    await shot('cases-02-empty-list');

    await page.getByTestId('case-create').click();
    // Once the profile in force is read: 常山's regulation has no 紧急启动 (only 003 第十条).
    await page.getByText('本机关适用：常山县综合行政执法局').first().waitFor();
    expect(await page.getByTestId('case-emergency').count()).toBe(0);
    await page.getByTestId('case-name').fill(CASE_NAME);
    await pickOption(page, 'case-act-type', '行政处罚');
    await page.getByTestId('party-add-organisation').click();
    await page.getByTestId('party-0-name').fill('常山县某某贸易有限公司');
    // A mistyped code is caught in the browser, with the domain's message.
    await page.getByTestId('party-0-credit-code').fill('91350100M000100Y44');
    await page.getByTestId('party-0-legal-representative').fill('赵六');
    await page.getByText('统一社会信用代码校验位不正确').first().waitFor();
    await page.getByTestId('party-0-credit-code').fill('91350100M000100Y43');
    await expect.poll(() => page.getByText('统一社会信用代码校验位不正确').count()).toBe(0);

    // The officer is put forward as 承办人; 李四 assists.
    await expect
      .poll(() => page.getByTestId('case-handler').textContent())
      .toContain('张三（执法证号 33082200001）');
    await pickOption(page, 'case-assisting', '李四');
    await page.keyboard.press('Escape');
    await shot('cases-03-new-case-form');

    await page.getByTestId('case-submit').click();
    await expect.poll(() => page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
    casePath = new URL(page.url()).pathname;
    await expect
      .poll(() => page.getByTestId('case-number').textContent())
      .toMatch(/^常综执罚〔\d{4}〕1号$/);
    expect(await page.getByTestId('case-header').textContent()).toContain('91350100M000100Y43');
    expect(await currentStage()).toBe('launch');
  });

  it('the records only other regulations require are shown as their practice (参考), by name', async () => {
    // 004 names neither a case source record nor a 程序启动审批表 (000 第六条, 001 第五条;
    // 002 第四条, 003 第十条): they are advice for 常山, citing those regulations by name.
    const advice = page.getByTestId('findings-advice');
    await advice.waitFor();
    const text = (await advice.textContent()) ?? '';
    expect(text).toContain('《案件来源及立案记录》');
    expect(text).toContain('《程序启动审批表》');
    expect(text).toContain('参考：其他规定的做法');
    const citations = await advice.getByTestId('finding-citation').allTextContents();
    expect(citations).toEqual(
      expect.arrayContaining(['《长治市民宗局记录制度》第四条', '《德宏州记录办法》第十条']),
    );
    // Short title and article: no opaque 规定00x.
    expect(
      citations.every((citation) => /^《.+》第[一二三四五六七八九十百]+条$/.test(citation)),
    ).toBe(true);
    expect(await currentStage()).toBe('launch');
    await shot('cases-04-other-regulations-advice');
  });

  it('makes the case source record and the launch approval form through the generated forms', async () => {
    await page.getByTestId('record-create').click();
    await pickOption(page, 'record-type', '案件来源及立案记录');
    await fillRecordField('caseSource', '日常巡查发现');
    await fillRecordField('filing', '经批准立案调查');
    await clickWhenSettled(page, 'record-submit');
    await page.getByTestId('record-open-case_source_record').waitFor();
    await page.getByTestId('record-submit').waitFor({ state: 'detached' });

    await page.getByTestId('record-create').click();
    await pickOption(page, 'record-type', '程序启动审批表');
    await shot('cases-05-record-form');
    await fillRecordField('launchReason', '巡查发现未按规定设置店招');
    await fillRecordField('partyInformation', '常山县某某贸易有限公司，法定代表人赵六');
    await fillRecordField('handlerOpinion', '建议立案调查');
    await fillRecordField('departmentOpinion', '同意');
    await fillRecordField('legalBasis', '《城市市容和环境卫生管理条例》第十七条');
    await clickWhenSettled(page, 'record-submit');
    await page.getByTestId('record-open-launch_approval_form').waitFor();
    await page.getByTestId('record-submit').waitFor({ state: 'detached' });

    // The sealed record reads back by the catalogue's labels.
    await page.getByTestId('record-open-launch_approval_form').click();
    const drawer = page.getByTestId('record-drawer');
    await drawer.getByText('承办人意见').waitFor();
    expect(await drawer.textContent()).toContain('建议立案调查');
    await drawer.getByTestId('record-sealed-note').waitFor();
    await shot('cases-06-record-sealed');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('puts the launch up for approval', async () => {
    await submitLaunchForApproval();
    expect(await currentStage()).toBe('launch');
  });

  it('the department head approves the launch', async () => {
    await signOut(page);
    await firstSignIn(page, 'chen.dui', oneTimePasswords.get('chen.dui')!, USER_PASSWORD);
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('cases-table').getByText(CASE_NAME).click();
    await page.getByTestId('approval-approve-launch').click();
    await page.getByTestId('approval-comment').fill('同意立案调查');
    await clickWhenSettled(page, 'approval-act-submit');
    await expect
      .poll(() => page.getByTestId('approval-launch').getAttribute('data-status'))
      .toBe('approved');
    await page.getByTestId('case-events').getByText('批准启动').waitFor();
    // Who signed, and every act on the approval with its comment.
    const history = page.getByTestId('approval-history-launch');
    await history.getByText('同意立案调查').waitFor();
    expect(await history.textContent()).toContain('提交审批');
    await shot('cases-07-launch-approved');
  });

  it('立案 succeeds and the timeline shows 调查取证', async () => {
    await signOut(page);
    await signIn(page, 'zhang.san', USER_PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    await page.goto(`${server.url}${casePath}`);
    await tryToFile();
    await page.getByText('案件进入“调查取证”环节').first().waitFor();
    await expect.poll(currentStage).toBe('investigation');
    expect(await page.getByTestId('stage-investigation').getAttribute('data-status')).toBe(
      'current',
    );
    expect(await page.getByTestId('case-stage').textContent()).toBe('调查取证');
    expect(await page.getByTestId('transition-blocked').count()).toBe(0);
    await shot('cases-08-filed');

    await page.getByTestId('nav-cases').click();
    const table = page.getByTestId('cases-table');
    await table.getByText(CASE_NAME).waitFor();
    await expect.poll(() => table.locator('.ant-spin-spinning').count()).toBe(0);
    expect(await table.textContent()).toContain('调查取证');
    await shot('cases-09-list');
  });

  it('检查发现 lists the findings across cases and puts the deadlines on a calendar', async () => {
    await page.getByTestId('nav-findings').click();
    const table = page.getByTestId('findings-table');
    await table.waitFor();
    await expect.poll(() => table.locator('.ant-spin-spinning').count()).toBe(0);
    const text = (await table.textContent()) ?? '';
    expect(text.includes(CASE_NAME) || text.includes('暂无检查发现')).toBe(true);
    await page.getByTestId('findings-filter-due-soon').click();
    await expect.poll(() => table.locator('.ant-spin-spinning').count()).toBe(0);
    await shot('cases-10-findings');

    await page.getByTestId('findings-tab-calendar').click();
    await page.getByTestId('due-calendar').waitFor();
    await page.getByTestId('due-day-list').waitFor();
    await expect.poll(() => page.url()).toMatch(/\/findings\/calendar$/);
    await shot('cases-11-due-calendar');
  });

  it('rendered every page without console errors', () => {
    expect(consoleErrors()).toEqual([]);
  });
});
