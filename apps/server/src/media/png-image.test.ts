import { describe, expect, it } from 'vitest';
import { PngError, readPng } from './png-image.ts';
import { makePng, signaturePng } from './test-support/make-png.ts';

describe('readPng', () => {
  it('reads the size and tells a drawn image from a blank one, whatever the row filters', () => {
    for (const filter of [0, 1, 2, 3, 4] as const) {
      expect(readPng(signaturePng(120, 40, filter), { uniform: true })).toEqual({
        width: 120,
        height: 40,
        uniform: false,
      });
      const blank = makePng({ width: 120, height: 40, filter, pixel: () => [255, 255, 255, 255] });
      expect(readPng(blank, { uniform: true }).uniform).toBe(true);
    }
  });

  it('counts fully transparent pixels as one colour, as a cleared canvas leaves them', () => {
    const cleared = makePng({
      width: 30,
      height: 10,
      pixel: (x, y) => [x * 8, y * 20, 7, 0],
    });
    expect(readPng(cleared, { uniform: true }).uniform).toBe(true);
    const grey = makePng({ width: 30, height: 10, colour: 0, pixel: (x) => [x === 29 ? 0 : 255] });
    expect(readPng(grey, { uniform: true }).uniform).toBe(false);
  });

  it('refuses what is not a PNG, a truncated one, and a side over the limit before inflating', () => {
    expect(() => readPng(Buffer.from('GIF89a not a png'))).toThrow(PngError);
    const whole = signaturePng();
    expect(() => readPng(whole.subarray(0, whole.length - 30))).toThrow(PngError);
    const wide = makePng({ width: 5000, height: 1, colour: 0, pixel: () => [0] });
    let caught: unknown;
    try {
      readPng(wide, { maxSide: 4000 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PngError);
    expect((caught as PngError).oversize).toEqual({ width: 5000, height: 1 });
  });

  it('does not inflate past the size the header promises', () => {
    // A header of 10 × 1 grey pixels over data that inflates to a megabyte.
    const bomb = makePng({ width: 1024 * 1024, height: 1, colour: 0, pixel: () => [0] });
    bomb.writeUInt32BE(10, 16);
    expect(() => readPng(bomb)).toThrow(/does not inflate/);
  });
});
