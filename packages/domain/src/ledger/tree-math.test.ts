import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bitLength,
  countOnes,
  countTrailingZeros,
  isPowerOfTwo,
  largestPowerOfTwoBelow,
  shiftRight,
  xor,
} from './tree-math.ts';

// BigInt is exact at any size: the reference for arithmetic that must not lose bits above 2^32.
const big = (n: number) => BigInt(n);
const safeInteger = fc.oneof(
  fc.nat(),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: 0, max: 62 }).map((bits) => Math.min(2 ** bits, Number.MAX_SAFE_INTEGER)),
);

describe('tree arithmetic on safe integers', () => {
  it('agrees with BigInt bit operations', () => {
    fc.assert(
      fc.property(safeInteger, safeInteger, fc.integer({ min: 0, max: 60 }), (a, b, bits) => {
        const binary = a.toString(2);
        expect(bitLength(a)).toBe(a === 0 ? 0 : binary.length);
        expect(countOnes(a)).toBe([...binary].filter((digit) => digit === '1').length);
        expect(big(xor(a, b))).toBe(big(a) ^ big(b));
        expect(big(shiftRight(a, bits))).toBe(big(a) >> big(bits));
        if (a > 0) expect(countTrailingZeros(a)).toBe(binary.length - 1 - binary.lastIndexOf('1'));
        expect(isPowerOfTwo(a)).toBe(a > 0 && (big(a) & (big(a) - 1n)) === 0n);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the k of RFC 9162 §2.1.1: the largest power of two smaller than n', () => {
    expect([2, 3, 4, 5, 7, 8, 9].map(largestPowerOfTwoBelow)).toEqual([1, 2, 2, 4, 4, 4, 8]);
    expect(largestPowerOfTwoBelow(2 ** 40 + 1)).toBe(2 ** 40);
    expect(largestPowerOfTwoBelow(Number.MAX_SAFE_INTEGER)).toBe(2 ** 52);
    expect(() => largestPowerOfTwoBelow(1)).toThrow(RangeError);
  });
});
