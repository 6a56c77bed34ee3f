import type { Page, Response } from 'playwright-core';
import { dropdownsClosed, pickOption } from './browser.ts';

// Steps of the web app that more than one real-browser test takes.

export async function signIn(page: Page, username: string, password: string) {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

export async function changePassword(page: Page, current: string, next: string) {
  await page.getByTestId('change-current-password').fill(current);
  await page.getByTestId('change-new-password').fill(next);
  await page.getByTestId('change-confirm-password').fill(next);
  await page.getByTestId('change-submit').click();
}

export async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.getByTestId('login-submit').waitFor();
}

/** Signs in with a one-time password and replaces it, as every new account must. */
export async function firstSignIn(page: Page, username: string, oneTime: string, next: string) {
  await signIn(page, username, oneTime);
  await page.getByTestId('change-submit').waitFor();
  await changePassword(page, oneTime, next);
  await page.getByTestId('user-menu').waitFor();
}

/** 用户管理 → 新建用户 with one role; returns the one-time password shown once. */
export async function createUser(
  page: Page,
  user: {
    username: string;
    displayName: string;
    /** 执法证件编号, for an officer. */
    certificate?: string;
    agency: string;
    department: string;
    /** A role id, e.g. `officer`, `department_head`. */
    role: string;
  },
): Promise<string> {
  await page.getByTestId('nav-users').click();
  await page.getByTestId('user-create').click();
  await page.getByTestId('user-username').fill(user.username);
  await page.getByTestId('user-display-name').fill(user.displayName);
  if (user.certificate) await page.getByTestId('user-certificate').fill(user.certificate);
  await pickOption(page, 'user-agency', user.agency);
  await pickOption(page, 'user-department', user.department);
  await dropdownsClosed(page);
  await page.getByTestId(`role-${user.role}`).check();
  // The answer to this very request, however long a loaded machine takes to hash the
  // one-time password; then the dialog that shows it.
  const response = await answerTo(page, 'POST', /^\/api\/v1\/users$/, () =>
    clickWhenSettled(page, 'user-submit'),
  );
  if (!response.ok()) {
    throw new Error(
      `新建用户 ${user.username} 未成功：${response.status()} ${await response.text()}`,
    );
  }
  const password = page.getByTestId('one-time-password');
  await password.waitFor();
  const oneTime = (await password.innerText()).trim();
  await clickWhenSettled(page, 'one-time-password-close');
  await password.waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: user.username }).waitFor();
  return oneTime;
}

/**
 * Waits for the CSS animations and transitions that end (drawers sliding, messages
 * appearing) to finish, so a screenshot shows where things came to rest. Endless ones
 * (spinners) are not waited for.
 */
export async function animationsDone(page: Page) {
  await page.waitForFunction(() => {
    // Typed by hand: the e2e project compiles without the DOM types.
    const { document } = globalThis as unknown as {
      document: {
        getAnimations(): {
          playState: string;
          effect: { getTiming(): { iterations?: number } } | null;
        }[];
      };
    };
    return document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getTiming().iterations === Infinity,
      );
  });
}

/**
 * Collects what the page logs as errors and any uncaught exception, except Chromium's line
 * for each HTTP error answer ("Failed to load resource: … status of 409") of the kinds the
 * tests provoke on purpose (a blocked transition, a refused form, the session check before
 * login): API answers the page handles, not page errors.
 */
export function watchConsoleErrors(page: Page): () => string[] {
  const errors: string[] = [];
  const expectedStatus =
    /Failed to load resource: the server responded with a status of (400|401|409)\b/;
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() !== 'error' || expectedStatus.test(text)) return;
    errors.push(`${text} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return () => [...errors];
}

/**
 * Clicks a control inside a modal or drawer once its opening animation has finished: a click
 * that lands while the dialog is still zooming in can be lost on a busy machine, leaving the
 * dialog open over the page.
 */
export async function clickWhenSettled(page: Page, testId: string) {
  const control = page.getByTestId(testId);
  await control.waitFor();
  await settled(page);
  await control.click();
}

/**
 * Waits until the page has come to rest: no Select dropdown open or sliding shut, no drawer,
 * modal or message still moving. A click sent before then can land on something passing over
 * its target.
 */
export async function settled(page: Page) {
  await dropdownsClosed(page);
  await animationsDone(page);
}

/**
 * Picks from a long, searchable select: typing narrows the (virtualised) list first; the
 * first match is active and Enter picks it without racing the dropdown's slide-in. Returns
 * once the select shows the pick.
 */
export async function searchAndPick(page: Page, testId: string, text: string) {
  const select = page.getByTestId(testId);
  await select.click();
  await page.keyboard.type(text);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active')
    .filter({ hasText: text })
    .waitFor();
  await page.keyboard.press('Enter');
  await select.filter({ hasText: text }).waitFor();
}

/**
 * Does `act` and returns the API's answer to the request it makes (`method` on a path
 * matching `path`): the state to wait on after a click that calls the server, however long
 * the server takes.
 */
export async function answerTo(
  page: Page,
  method: string,
  path: RegExp,
  act: () => Promise<unknown>,
): Promise<Response> {
  const answer = page.waitForResponse(
    (response) =>
      response.request().method() === method && path.test(new URL(response.url()).pathname),
  );
  // Should `act` throw, the page closing later must not surface as an unhandled rejection.
  answer.catch(() => undefined);
  await act();
  return answer;
}
