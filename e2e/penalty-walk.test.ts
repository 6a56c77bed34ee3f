import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeSampleVideo } from '../apps/server/src/media/make-sample-video.ts';
import { ApiSession, setUpAgency } from './support/api-setup.ts';
import {
  animationsDone,
  answerTo,
  clickWhenSettled,
  settled,
  signIn,
  signOut,
  watchConsoleErrors,
  searchAndPick,
} from './support/app.ts';
import {
  closeDropdown,
  launchBrowser,
  openPage,
  pickOption,
  screenshot,
} from './support/browser.ts';
import {
  makeRecord as makeRecordIn,
  nowText,
  typeTags as typeTagsIn,
  type RecordEntry,
} from './support/record-form.ts';
import { startServerProcess, type RunningServer } from './support/server-process.ts';

/**
 * Issue 5's walk, in a real browser against the real server: a penalty case under 常山's
 * regulation (seed-004) from a real-name complaint, through the investigation (inquiry
 * transcript, on-site inspection, rights notice), the decision with its approval chain
 * (the legal reviewer reviews every penalty, the agency head approves: 记录制度 第九条), service by leaving with a witness, and
 * execution after a demand notice. seed-004 第十二条 puts the inquiry, the inspection, the
 * service and the execution on AV: each is recorded with a real video (made with ffmpeg),
 * uploaded through the browser with its progress shown, and registered against its record;
 * until then the transition is shown as blocked with the article.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: () => string[];
let workDir: string;
let casePath = '';
const videos: string[] = [];
let scanPath = '';
const run = promisify(execFile);

const PASSWORD = 'Zhifa-2026-jilu';
const CASE_NAME = '某某贸易有限公司擅自设置大型店招案';
const PLACE = '常山县天马街道某某路 8 号';

beforeAll(async () => {
  server = await startServerProcess();
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-walk-'));
  // Recorded an hour ago, so the uploads are well within 004 第十八条's 二日.
  const capturedAt = new Date(Date.now() - 3_600_000);
  for (const [index, name] of ['inquiry', 'inspection', 'service', 'execution'].entries()) {
    const made = await makeSampleVideo({
      directory: workDir,
      name: `DSJ_0001_${name}.mp4`,
      seconds: 2 + index,
      capturedAt,
    });
    videos.push(made.path);
  }
  scanPath = path.join(workDir, '询问笔录签字页.png');
  await run('ffmpeg', [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    'color=c=white:s=600x800',
    '-frames:v',
    '1',
    '-y',
    scanPath,
  ]);
  const admin = new ApiSession(server.url);
  await admin.firstSignIn('admin', server.oneTimePassword, 'Guanli-2026-liuhen');
  await setUpAgency(admin, {
    name: '常山县综合行政执法局',
    code: '常综执',
    profileId: 'seed-004',
    department: '执法一中队',
    password: PASSWORD,
    people: [
      {
        username: 'zhang.san',
        displayName: '张三',
        roles: ['officer'],
        certificateNumber: '33082200001',
      },
      {
        username: 'li.si',
        displayName: '李四',
        roles: ['officer'],
        certificateNumber: '33082200002',
      },
      { username: 'chen.dui', displayName: '陈队长', roles: ['department_head'] },
      { username: 'zhou.ju', displayName: '周局长', roles: ['agency_head'] },
      { username: 'wu.fazhi', displayName: '吴法制', roles: ['legal_reviewer'] },
    ],
  });
  browser = await launchBrowser();
  page = await openPage(browser, { locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
  consoleErrors = watchConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

// A failed step leaves a picture of the page it failed on, for whoever reads the CI log.
afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page !== undefined) {
    await screenshot(page, `walk-failed-${context.task.name.slice(0, 40)}`);
  }
});

async function shot(name: string) {
  await animationsDone(page);
  await screenshot(page, name);
}

async function signInAs(username: string) {
  await signOut(page);
  await signIn(page, username, PASSWORD);
  await page.getByTestId('user-menu').waitFor();
  await page.goto(`${server.url}${casePath}`);
  await page.getByTestId('case-header').waitFor();
}

async function currentStage() {
  return page.getByTestId('case-stages').getAttribute('data-current-stage');
}

const makeRecord = (entry: RecordEntry, typeId: string) => makeRecordIn(page, entry, typeId);
const typeTags = (testId: string, values: readonly string[]) => typeTagsIn(page, testId, values);

/**
 * Tries a transition; returns the blocked panel's text, or '' once the page shows the case
 * in its next stage.
 */
async function attempt(transition: string): Promise<string> {
  const before = await currentStage();
  await page.getByTestId(`transition-${transition}`).click();
  const answer = await answerTo(page, 'POST', /\/transitions$/, () =>
    clickWhenSettled(page, 'transition-confirm'),
  );
  // The dialog closes in the same render that shows the answer.
  await page.getByTestId('transition-confirm').waitFor({ state: 'detached' });
  if (answer.ok()) {
    await page
      .locator(`[data-testid="case-stages"]:not([data-current-stage="${before}"])`)
      .waitFor();
    return '';
  }
  return (await page.getByTestId('transition-blocked').textContent()) ?? '';
}

/**
 * Keeps, in the page, every phase an upload row passes through (a MutationObserver sees each
 * change as it is rendered, however briefly it lasts); read back with `uploadPhasesSeen`.
 */
async function watchUploadPhases() {
  await page.evaluate(() => {
    type Element = {
      getAttribute(name: string): string | null;
      textContent: string | null;
      querySelectorAll(selector: string): Element[];
    };
    const scope = globalThis as unknown as {
      document: { body: Element };
      MutationObserver: new (
        callback: (records: { target: Element; addedNodes: Element[] }[]) => void,
      ) => { observe(target: Element, options: Record<string, unknown>): void };
      liuhenUploadPhases?: { name: string; phase: string }[];
    };
    if (scope.liuhenUploadPhases) return;
    const seen: { name: string; phase: string }[] = [];
    scope.liuhenUploadPhases = seen;
    const note = (row: Element) => {
      const phase = row.getAttribute('data-phase');
      if (phase !== null) seen.push({ name: row.textContent ?? '', phase });
    };
    new scope.MutationObserver((records) => {
      for (const record of records) {
        for (const node of [record.target, ...Array.from(record.addedNodes)]) {
          if (typeof node.getAttribute !== 'function') continue;
          if (node.getAttribute('data-testid') === 'av-upload-row') note(node);
          node.querySelectorAll('[data-testid="av-upload-row"]').forEach(note);
        }
      }
    }).observe(scope.document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-phase'],
    });
  });
}

async function uploadPhasesSeen(fileName: string): Promise<string[]> {
  return page.evaluate(
    (name) =>
      (
        (globalThis as unknown as { liuhenUploadPhases?: { name: string; phase: string }[] })
          .liuhenUploadPhases ?? []
      )
        .filter((entry) => entry.name.includes(name))
        .map((entry) => entry.phase),
    fileName,
  );
}

/**
 * Uploads one recording through the browser (hashing, progress, the server's verification)
 * and registers it against the text record it accompanies.
 */
async function uploadAndRegister(options: {
  readonly video: string;
  readonly record: string;
  readonly situation: string;
  readonly shotName?: string;
}) {
  await page
    .getByTestId('case-av-records')
    .getByRole('button', { name: '上传音像记录' })
    .first()
    .click();
  await watchUploadPhases();
  await page
    .getByTestId('av-upload-dropzone')
    .locator('input[type=file]')
    .setInputFiles(options.video);
  const fileName = path.basename(options.video);
  const row = page.getByTestId('av-upload-row').filter({ hasText: fileName });
  await row.and(page.locator('[data-phase="stored"]')).waitFor();
  expect(await row.getByTestId('av-upload-stage').textContent()).toBe('已入库');
  // Seen moving through its stages, not jumping straight to the end.
  const phases = await uploadPhasesSeen(fileName);
  expect(phases.some((phase) => ['hashing', 'uploading', 'verifying'].includes(phase))).toBe(true);
  if (options.shotName) await shot(options.shotName);

  await row.getByTestId('av-upload-register').click();
  await page.getByTestId('av-form-evidence').waitFor();
  await searchAndPick(page, 'av-form-record', options.record);
  const situations = page.getByTestId('av-form-situations');
  if (!((await situations.textContent()) ?? '').includes(options.situation)) {
    await searchAndPick(page, 'av-form-situations', options.situation);
    await closeDropdown(page);
  }
  await page.getByTestId('av-form-device').fill('DSJ-CS-0001');
  await page.getByTestId('av-form-place').fill(PLACE);
  // typeTags returns once the tags dropdown has slid shut off the radio below it.
  await typeTags('av-form-persons', ['赵六']);
  await settled(page);
  await page.getByLabel('已告知').check();
  await clickWhenSettled(page, 'av-form-submit');
  await page.getByTestId('av-form-submit').waitFor({ state: 'detached' });
  await page.locator('.ant-drawer-open .ant-drawer-close').last().click();
  await page.getByTestId('av-upload-dropzone').waitFor({ state: 'hidden' });
}

/** 提交审批, once the server has taken it and the card shows it waiting. */
async function submitForApproval(kind: 'launch' | 'decision') {
  const answer = await answerTo(page, 'POST', /\/approvals$/, () =>
    page.getByTestId(`approval-submit-${kind}`).click(),
  );
  expect(answer.status(), await answer.text()).toBe(201);
  await page.locator(`[data-testid="approval-${kind}"][data-status="pending"]`).waitFor();
}

async function approveAs(
  username: string,
  kind: 'launch' | 'decision',
  comment: string,
  suggestions?: string,
) {
  await signInAs(username);
  await page.getByTestId(`approval-approve-${kind}`).click();
  await page.getByTestId('approval-comment').fill(comment);
  if (suggestions !== undefined) await page.getByTestId('approval-suggestions').fill(suggestions);
  await clickWhenSettled(page, 'approval-act-submit');
  await page.getByTestId('approval-act-submit').waitFor({ state: 'detached' });
}

describe('a seed-004 penalty case from a complaint to execution, in the browser', () => {
  it('an officer takes in a real-name complaint and opens the case', async () => {
    await page.goto(server.url);
    await signIn(page, 'zhang.san', PASSWORD);
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-create').click();
    await page.getByTestId('case-name').fill(CASE_NAME);
    await pickOption(page, 'case-act-type', '行政处罚');
    await page.getByTestId('case-launch-mode').getByText('投诉举报').click();
    await page.getByTestId('case-complainant-real-name').getByText('实名').click();
    await page.getByTestId('party-add-organisation').click();
    await page.getByTestId('party-0-name').fill('常山县某某贸易有限公司');
    await page.getByTestId('party-0-credit-code').fill('91350100M000100Y43');
    await page.getByTestId('party-0-legal-representative').fill('赵六');
    await pickOption(page, 'case-assisting', '李四');
    await page.keyboard.press('Escape');
    await page.getByTestId('case-submit').click();
    await expect.poll(() => page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
    casePath = new URL(page.url()).pathname;
    expect(await currentStage()).toBe('launch');

    await makeRecord(
      {
        type: '投诉、举报受理记录',
        instant: { receivedAt: nowText(-60) },
        text: { complainant: '钱七', allegation: '某某贸易有限公司擅自设置大型店招' },
        choice: { reviewResult: '需要查处' },
      },
      'complaint_intake',
    );
    await makeRecord(
      {
        type: '程序启动审批表',
        text: {
          launchReason: '群众实名举报擅自设置大型店招',
          partyInformation: '常山县某某贸易有限公司，法定代表人赵六',
          handlerOpinion: '建议立案调查',
          departmentOpinion: '同意',
          legalBasis: '《城市市容和环境卫生管理条例》第十七条',
        },
      },
      'launch_approval_form',
    );
    await submitForApproval('launch');
    await shot('walk-01-complaint-taken-in');
  });

  it('the department head approves the launch and the officer files the case', async () => {
    await approveAs('chen.dui', 'launch', '同意立案调查');
    await expect
      .poll(() => page.getByTestId('approval-launch').getAttribute('data-status'))
      .toBe('approved');
    await signInAs('zhang.san');
    expect(await attempt('file')).toBe('');
    await expect.poll(currentStage).toBe('investigation');
  });

  it('investigation: inquiry, inspection and rights notice; leaving it is blocked until their AV is attached', async () => {
    const officers = {
      officers: ['张三', '李四'],
      certificateNumbers: ['33082200001', '33082200002'],
    };
    await makeRecord(
      {
        type: '询问（调查）笔录',
        tags: officers,
        text: {
          certificateShown: '已出示执法证件',
          intervieweeInformation: '赵六，常山县某某贸易有限公司法定代表人',
          place: PLACE,
          content: '问：店招是否经审批？答：没有。',
        },
        instant: { inquiredAt: nowText(-50) },
        signedBy: '赵六',
      },
      'inquiry_transcript',
    );
    // The signed paper page, scanned, goes to the evidence store with the transcript.
    await page.getByTestId('record-open-inquiry_transcript').first().click();
    const drawer = page.getByTestId('record-drawer');
    await drawer.getByTestId('attachments-empty').waitFor();
    await drawer.getByTestId('attachment-upload').click();
    await drawer.getByTestId('attachment-form').locator('input[type=file]').setInputFiles(scanPath);
    await drawer.getByTestId('attachment-description').fill('询问笔录签字页扫描件');
    await clickWhenSettled(page, 'attachment-submit');
    await drawer
      .getByTestId('attachment-row')
      .filter({ hasText: '询问笔录签字页扫描件' })
      .waitFor();
    await shot('walk-02a-scan-attached');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await makeRecord(
      {
        type: '现场检查（勘验）笔录',
        tags: {
          inspectors: officers.officers,
          certificateNumbers: officers.certificateNumbers,
          personsPresent: ['赵六'],
        },
        text: {
          certificateShown: '已出示执法证件',
          place: PLACE,
          findings: '门头设置大型店招，未见审批手续',
        },
        instant: { inspectedAt: nowText(-40) },
        signedBy: '赵六',
      },
      'on_site_inspection_transcript',
    );
    await makeRecord(
      {
        type: '权利告知书',
        text: {
          noticeMethod: '书面告知并当面送达',
          facts: '当事人擅自设置大型店招',
          reasons: '违反城市市容管理规定',
          legalBasis: '《城市市容和环境卫生管理条例》第十七条',
          proposedDecision: '拟责令限期拆除并处罚款',
          remedies: '可依法申请行政复议或提起行政诉讼',
        },
        tags: { rights: ['陈述', '申辩', '要求听证'] },
        signedBy: '赵六',
      },
      'rights_notice',
    );

    const blocked = await attempt('submit_for_decision');
    expect(blocked).toContain('应当进行音像记录');
    expect(blocked).toContain('《询问（调查）笔录》');
    expect(blocked).toContain('《现场检查（勘验）笔录》');
    const citations = await page
      .getByTestId('transition-blocked')
      .getByTestId('finding-citation')
      .allTextContents();
    expect(citations.some((citation) => citation.includes('第十二条'))).toBe(true);
    expect(await currentStage()).toBe('investigation');
    await shot('walk-02-blocked-without-av');

    await uploadAndRegister({
      video: videos[0]!,
      record: '询问（调查）笔录',
      situation: '询问（调查）',
      shotName: 'walk-03-uploaded',
    });
    await uploadAndRegister({
      video: videos[1]!,
      record: '现场检查（勘验）笔录',
      situation: '现场检查（勘验）',
    });
    const avTable = page.getByTestId('case-av-records');
    await expect.poll(() => avTable.getByTestId('av-open').count()).toBe(2);
    expect(await avTable.textContent()).toContain(`${CASE_NAME.slice(0, 6)}`);
    await shot('walk-04-av-registered');

    expect(await attempt('submit_for_decision')).toBe('');
    await expect.poll(currentStage).toBe('decision');
  });

  it('the recording plays back after the viewer gives a reason', async () => {
    await page.getByTestId('case-av-records').getByTestId('av-open').first().click();
    await page.getByLabel('查看事由').fill('核对询问过程');
    await page.getByTestId('av-access-submit').click();
    const video = page.getByTestId('av-player-video');
    await video.waitFor();
    type Playing = { currentTime: number; duration: number; error: { code: number } | null };
    await expect
      .poll(() => video.evaluate((element) => (element as unknown as Playing).currentTime))
      .toBeGreaterThan(0.5);
    const state = await video.evaluate((element) => {
      const playing = element as unknown as Playing;
      return { duration: playing.duration, error: playing.error?.code ?? null };
    });
    expect(state.error).toBeNull();
    expect(state.duration).toBeGreaterThan(1.5);
    await shot('walk-05-playback');
    await page.locator('.ant-drawer-open .ant-drawer-close').last().click();
    await page.getByTestId('av-drawer').waitFor({ state: 'hidden' });
  });

  it('decision: blocked without its records (with the article), then approved by the chain and decided', async () => {
    const blocked = await attempt('decide');
    expect(blocked).toContain('《行政执法决定书》');
    const citations = await page
      .getByTestId('transition-blocked')
      .getByTestId('finding-citation')
      .allTextContents();
    expect(citations.some((citation) => citation.includes('常山县执法局'))).toBe(true);
    await shot('walk-06-decision-blocked');

    await makeRecord(
      {
        type: '承办人处理意见',
        text: {
          handlerOpinion: '建议责令限期拆除并处罚款',
          facts: '当事人擅自设置大型店招，事实清楚',
          reasons: '违反城市市容管理规定',
          evidence: '询问笔录、现场检查笔录、音像记录',
          legalBasis: '《城市市容和环境卫生管理条例》第十七条',
          discretionBenchmark: '按一般情节适用裁量基准',
          departmentOpinion: '同意承办人意见',
        },
      },
      'handler_opinion',
    );
    await makeRecord(
      {
        type: '行政执法决定草拟记录',
        text: {
          drafter: '张三',
          draftReviewer: '陈队长',
          legalBasis: '《城市市容和环境卫生管理条例》第十七条',
        },
        tags: { evidence: ['询问笔录', '现场检查笔录', '音像记录'] },
      },
      'decision_draft',
    );
    await submitForApproval('decision');
    await approveAs('wu.fazhi', 'decision', '事实清楚，证据确凿，程序合法', '建议按一般情节处罚');
    await approveAs('zhou.ju', 'decision', '同意，按拟定意见办理');
    await expect
      .poll(() => page.getByTestId('approval-decision').getAttribute('data-status'))
      .toBe('approved');
    // The chain is 004's: each step with who signed, their opinion and the article.
    const legalStep = page.getByTestId('approval-step-decision-legal_review');
    await legalStep.getByText('意见：事实清楚，证据确凿，程序合法').waitFor();
    expect(await legalStep.textContent()).toContain('吴法制已同意');
    expect(
      await page.getByTestId('approval-citation-decision-legal_review').textContent(),
    ).toContain('第九条');
    await shot('walk-07-decision-approved');

    await signInAs('zhang.san');
    await makeRecord(
      {
        type: '行政执法决定书',
        text: {
          facts: '当事人擅自设置大型店招，证据确凿',
          reasons: '违反城市市容管理规定',
          legalBasis: '《城市市容和环境卫生管理条例》第十七条',
          decision: '责令限期拆除，并处罚款五千元',
          headOpinion: '同意',
        },
        instant: { issuedAt: nowText() },
      },
      'decision_document',
    );
    expect(await attempt('decide')).toBe('');
    await expect.poll(currentStage).toBe('service_and_execution');
  });

  it('service by leaving with a witness and execution after a demand notice, each on AV; the case concludes', async () => {
    await makeRecord(
      {
        type: '送达回证',
        choice: { method: '留置送达' },
        text: {
          documentServed: '行政处罚决定书',
          recipient: '常山县某某贸易有限公司',
          place: PLACE,
          serverSignature: '张三、李四',
          refusalReason: '法定代表人拒绝签收',
          witnessSignature: '孙八（社区工作人员）',
        },
        instant: { servedAt: nowText(-30) },
        date: { refusalDate: nowText().slice(0, 10) },
      },
      'proof_of_service',
    );
    await makeRecord(
      {
        type: '催告书',
        text: {
          unperformedDecision: '行政处罚决定书（罚款）逾期未履行',
          rightsNotified: '告知当事人有权进行陈述和申辩',
        },
      },
      'demand_notice',
    );
    await makeRecord(
      {
        type: '行政强制执行记录',
        choice: { method: '加处罚款或滞纳金' },
        text: { execution: '依法加处罚款，并申请人民法院强制执行' },
      },
      'compulsory_execution_record',
    );
    const blocked = await attempt('conclude');
    expect(blocked).toContain('应当进行音像记录');
    expect(blocked).toContain('《送达回证》');

    await uploadAndRegister({ video: videos[2]!, record: '送达回证', situation: '留置送达' });
    await uploadAndRegister({
      video: videos[3]!,
      record: '行政强制执行记录',
      situation: '行政强制执行',
    });
    expect(await attempt('conclude')).toBe('');
    await expect.poll(currentStage).toBe('archiving');
    await shot('walk-08-concluded');
  });

  it('rendered every page without console errors', () => {
    expect(consoleErrors()).toEqual([]);
  });
});
