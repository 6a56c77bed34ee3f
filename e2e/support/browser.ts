import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = path.resolve(import.meta.dirname, '../../test-results/e2e');

/**
 * How long one step (a click, a locator wait, a navigation) may take before it is called
 * failed. A ceiling, not a wait: steps end as soon as the state they wait on is there. Set
 * high because a machine loaded far beyond its cores (load 18 on 2 cores) takes tens of
 * seconds to hash a password or answer a request.
 */
export const STEP_TIMEOUT_MS = Number(process.env.E2E_STEP_TIMEOUT_MS ?? 180_000);

/** Debian's Chromium, headless, with no calls home (this machine has no outside network). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: STEP_TIMEOUT_MS,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page whose steps give up only after STEP_TIMEOUT_MS. */
export async function openPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  return page;
}

export async function screenshot(page: Page, name: string) {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** The dropdowns of antd Selects that are open or still sliding shut. */
export const openDropdowns = (page: Page) =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

/**
 * Popups of Selects and date pickers that are open or still sliding shut: the trigger marks
 * them `…-hidden` only once their closing motion has ended.
 */
const OPEN_POPUPS = [
  '.ant-select-dropdown:not(.ant-select-dropdown-hidden)',
  '.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)',
].join(', ');

/**
 * Waits until no Select or date-picker popup is open or closing: a popup sliding shut over
 * the next control takes the click meant for it.
 */
export async function dropdownsClosed(page: Page) {
  await page.waitForFunction(
    (selector) =>
      (
        globalThis as unknown as { document: { querySelector(selector: string): unknown } }
      ).document.querySelector(selector) === null,
    OPEN_POPUPS,
  );
}

/**
 * Closes the open Select dropdown and waits until it has slid shut. Escape, not Tab: with its
 * dropdown open a Select takes Tab as picking the active option (and keeps the focus), and
 * it keeps Escape from the drawer around it only while open, hence the aria state first.
 */
export async function closeDropdown(page: Page) {
  if ((await page.locator('[role="combobox"][aria-expanded="true"]').count()) > 0) {
    await page.keyboard.press('Escape');
  }
  await dropdownsClosed(page);
}

/**
 * Picks an option of the antd Select carrying `testId` by its visible text, and returns once
 * the Select shows it (the pick has been taken, not merely clicked).
 */
export async function pickOption(page: Page, testId: string, text: string) {
  const select = page.getByTestId(testId);
  await select.click();
  await openDropdowns(page)
    .locator('.ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
  await select.filter({ hasText: text }).waitFor();
}
