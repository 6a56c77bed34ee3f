import type { Page } from 'playwright-core';
import { clickWhenSettled, searchAndPick } from './app.ts';
import { closeDropdown, pickOption } from './browser.ts';

/** Date pickers take typed text; the testid may sit on the input or around it. */
export async function typeInto(page: Page, testId: string, text: string) {
  const target = page.getByTestId(testId);
  const input =
    (await target.evaluate((element) => element.tagName)) === 'INPUT'
      ? target
      : target.locator('input').first();
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

/**
 * A tags field (people, lists): each value typed and confirmed. Returns once the field shows
 * every value and its dropdown has slid shut: until then it lies over the controls below and
 * takes their clicks.
 */
export async function typeTags(page: Page, testId: string, values: readonly string[]) {
  const field = page.getByTestId(testId);
  await field.click();
  for (const value of values) {
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
    await field.filter({ hasText: value }).waitFor();
  }
  await closeDropdown(page);
}

/** China time `offsetMinutes` from now, as the date pickers take it (2026-12-07 14:05). */
export function nowText(offsetMinutes = 0) {
  const at = new Date(Date.now() + 8 * 3_600_000 + offsetMinutes * 60_000);
  return at.toISOString().slice(0, 16).replace('T', ' ');
}

export interface RecordEntry {
  readonly type: string;
  readonly text?: Record<string, string>;
  readonly choice?: Record<string, string>;
  readonly instant?: Record<string, string>;
  readonly date?: Record<string, string>;
  readonly tags?: Record<string, readonly string[]>;
  readonly signedBy?: string;
}

/** Makes a record through the form the catalogue generates, and waits until it is sealed. */
export async function makeRecord(page: Page, entry: RecordEntry, typeId: string) {
  await page.getByTestId('record-create').click();
  await searchAndPick(page, 'record-type', entry.type);
  for (const [key, value] of Object.entries(entry.choice ?? {})) {
    await pickOption(page, `record-field-${key}`, value);
  }
  for (const [key, value] of Object.entries(entry.text ?? {})) {
    await page.getByTestId(`record-field-${key}`).fill(value);
  }
  for (const [key, value] of Object.entries({ ...entry.instant, ...entry.date })) {
    await typeInto(page, `record-field-${key}`, value);
  }
  for (const [key, values] of Object.entries(entry.tags ?? {})) {
    await typeTags(page, `record-field-${key}`, values);
  }
  if (entry.signedBy !== undefined) {
    await page.getByTestId('record-signature-kind').getByText('当事人（有关人员）已签字').click();
    await typeTags(page, 'record-signers', [entry.signedBy]);
    await typeInto(page, 'record-signature-at', nowText());
  }
  await clickWhenSettled(page, 'record-submit');
  await page.getByTestId(`record-open-${typeId}`).first().waitFor();
  await page.getByTestId('record-submit').waitFor({ state: 'detached' });
}
