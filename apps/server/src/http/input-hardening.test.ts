import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { unfitInput, unfitText } from './input-hardening.ts';

describe('unfitInput', () => {
  it('names every NUL byte and lone surrogate by its path, keys included', () => {
    const found = unfitInput({
      params: { id: 'a\u0000' },
      query: { q: 'ok' },
      body: {
        name: '\ud800',
        parties: [{ name: '王五' }, { address: '路\u0000' }],
        fields: { 'bad\u0000key': 'x' },
      },
    });
    expect(found.map((param) => param.name)).toEqual([
      'params.id',
      'body.name',
      'body.parties.1.address',
      'body.fields.bad\\u0000key',
    ]);
  });

  it('accepts well-formed text, paired surrogates (emoji) and control characters that store fine', () => {
    expect(unfitText('执法记录 😀\t\n\r\f')).toBeUndefined();
    expect(unfitInput({ body: { text: '𠀀𪚥', list: ['a', 1, null, true] } })).toEqual([]);
  });

  it('leaves bytes alone: a Buffer or a stream is not text', () => {
    expect(unfitInput({ body: Buffer.from([0, 0xd8]) })).toEqual([]);
    expect(unfitInput({ body: Readable.from(['\u0000']) })).toEqual([]);
  });
});
