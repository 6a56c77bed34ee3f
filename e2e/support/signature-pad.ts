import type { Page } from 'playwright-core';

/** A signature's worth of strokes across the pad, drawn with the mouse. */
export async function drawSignature(page: Page) {
  const box = await page.getByTestId('signature-pad').boundingBox();
  if (box === null) throw new Error('the signature pad is not on the page');
  const at = (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const;
  for (const stroke of [
    [at(0.15, 0.6), at(0.25, 0.3), at(0.35, 0.7), at(0.45, 0.35)],
    [at(0.55, 0.4), at(0.65, 0.65), at(0.8, 0.3)],
  ]) {
    await page.mouse.move(...stroke[0]!);
    await page.mouse.down();
    for (const point of stroke.slice(1)) await page.mouse.move(...point, { steps: 8 });
    await page.mouse.up();
  }
}
