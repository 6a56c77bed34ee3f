import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesEqual, fromBase64, toBase64, toHex } from './bytes.ts';

describe('base64', () => {
  it('matches Node for any bytes and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromBase64(text)).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('decodes the RFC 4648 §10 test vectors', () => {
    const vectors = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'];
    const decoded = vectors.map((text) => new TextDecoder().decode(fromBase64(text)));
    expect(decoded).toEqual(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar']);
  });

  it.each([
    ['missing padding', 'Zg'],
    ['whitespace', 'Zm9v Yg=='],
    ['a line break', 'Zm9v\nYmFy'],
    ['the URL-safe alphabet', 'ab-_'],
    ['padding inside', 'Zg==Zm9v'],
    ['too much padding', 'Z==='],
    ['only padding', '===='],
    ['non-zero bits after the last byte', 'Zh=='],
    ['a non-ASCII character', 'Zm9é'],
  ])('refuses %s', (_, text) => {
    expect(() => fromBase64(text)).toThrow(SyntaxError);
  });
});

describe('hex and equality', () => {
  it('writes lowercase hex with leading zeros', () => {
    expect(toHex(Uint8Array.of(0, 1, 0xab, 0xff))).toBe('0001abff');
    expect(toHex(new Uint8Array(0))).toBe('');
  });

  it('compares contents and lengths', () => {
    expect(bytesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(bytesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(bytesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 0))).toBe(false);
    expect(bytesEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });
});
