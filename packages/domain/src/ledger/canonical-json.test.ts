import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, parseCanonicalJson } from './canonical-json.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const arrayWithHole: unknown[] = [1];
arrayWithHole[2] = 3;
const utf8 = (json: string) => new TextEncoder().encode(json);

describe('canonicalJson', () => {
  it('sorts members by UTF-16 code units at every depth and writes no whitespace', () => {
    const value = { b: 1, a: { z: [3, { y: true, x: null }], é: 'x', Z: 'y' }, '': false };
    expect(text(canonicalJson(value))).toBe(
      '{"":false,"a":{"Z":"y","z":[3,{"x":null,"y":true}],"é":"x"},"b":1}',
    );
  });

  it('orders keys outside the BMP by their surrogates, as RFC 8785 does', () => {
    // U+1F600 is written D83D DE00, so it sorts before U+FF61 though its code point is larger.
    expect(text(canonicalJson({ '\uff61': 1, '😀': 2 }))).toBe('{"😀":2,"｡":1}');
  });

  it('gives one byte form for both Unicode forms of the same text', () => {
    const composed = canonicalJson({ ['caf\u00e9']: 'r\u00e9sum\u00e9' });
    const decomposed = canonicalJson({ ['cafe\u0301']: 're\u0301sume\u0301' });
    expect(decomposed).toEqual(composed);
    expect(text(composed)).toBe('{"café":"résumé"}');
  });

  it('escapes like JSON.stringify and writes other characters as UTF-8', () => {
    expect(text(canonicalJson('"\\\n\u0001/执法'))).toBe('"\\"\\\\\\n\\u0001/执法"');
  });

  it('leaves out undefined members and keeps array order', () => {
    expect(text(canonicalJson({ a: undefined, b: [2, 1, 'x'] }))).toBe('{"b":[2,1,"x"]}');
  });

  it('writes safe integers as digits', () => {
    expect(text(canonicalJson([0, -1, Number.MAX_SAFE_INTEGER]))).toBe('[0,-1,9007199254740991]');
  });

  it.each<[string, unknown, string]>([
    ['a fraction', { data: { amount: 12.5 } }, '$.data.amount: 12.5 is not a safe integer'],
    ['an unsafe integer', [2 ** 53], '$[0]: 9007199254740992 is not a safe integer'],
    ['NaN', { n: NaN }, '$.n: NaN is not a safe integer'],
    ['Infinity', { n: Infinity }, '$.n: Infinity is not a safe integer'],
    ['-0', { n: -0 }, '$.n: -0 is not allowed'],
    ['a Date', { at: new Date(0) }, '$.at: a Date has no canonical JSON form'],
    ['bytes', { raw: new Uint8Array(1) }, '$.raw: a Uint8Array has no canonical JSON form'],
    ['a Map', new Map(), '$: a Map has no canonical JSON form'],
    ['a bigint', { items: [{ n: 1n }] }, '$.items[0].n: a bigint has no canonical JSON form'],
    ['a function', { f: () => 1 }, '$.f: a function has no canonical JSON form'],
    ['a symbol', { 'odd key': Symbol('s') }, '$["odd key"]: a symbol has no canonical JSON form'],
    ['undefined at the top', undefined, '$: undefined has no canonical JSON form'],
    ['an undefined array item', [1, undefined], '$[1]: an array item is undefined'],
    ['a hole in an array', arrayWithHole, '$[1]: an array item is undefined'],
    ['a lone surrogate', { s: '\ud800' }, '$.s: the string contains a lone surrogate'],
    ['keys equal after NFC', { 'e\u0301': 1, '\u00e9': 2 }, 'two keys are the same after NFC'],
    ['symbol keys', { [Symbol('k')]: 1 }, '$: symbol keys have no JSON form'],
  ])('refuses %s, naming its path', (_, value, message) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it('refuses a value that contains itself', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = { back: loop };
    expect(() => canonicalJson(loop)).toThrow('$.self.back: the value contains itself');
  });

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(text(canonicalJson({ a: shared, b: shared }))).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 2, a: 1 });
    expect(text(canonicalJson(bare))).toBe('{"a":1,"b":2}');
  });
});

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.maxSafeInteger().filter((n) => !Object.is(n, -0)),
    fc.string({ unit: 'grapheme' }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: 'grapheme' }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('parseCanonicalJson', () => {
  it('round-trips every canonical encoding', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const bytes = canonicalJson(value);
        const parsed = parseCanonicalJson(bytes);
        expect(canonicalJson(parsed)).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('returns the value', () => {
    expect(parseCanonicalJson(utf8('{"a":[1,"执法",null,true]}'))).toEqual({
      a: [1, '执法', null, true],
    });
  });

  it.each([
    ['whitespace', '{"a": 1}'],
    ['a trailing newline', '{"a":1}\n'],
    ['unsorted keys', '{"b":1,"a":2}'],
    ['a repeated key', '{"a":1,"a":1}'],
    ['non-NFC text', '{"a":"e\u0301"}'],
    ['a needless escape', '{"a":"\\u00e9"}'],
    ['an escaped slash', '{"a":"\\/"}'],
    ['a number with a fraction', '{"a":1.0}'],
    ['a number with an exponent', '{"a":1e2}'],
    ['a float', '{"a":0.5}'],
    ['-0', '[-0]'],
    ['an unsafe integer', '[9007199254740993]'],
    ['a lone surrogate escape', '["\\ud800"]'],
    ['a byte order mark', '\ufeff{"a":1}'],
    ['not JSON at all', '{a:1}'],
  ])('refuses %s', (_, json) => {
    expect(() => parseCanonicalJson(utf8(json))).toThrow(TypeError);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(() => parseCanonicalJson(Uint8Array.of(0x22, 0xff, 0x22))).toThrow(
      'the bytes are not valid UTF-8',
    );
  });
});
