import { describe, expect, it } from 'vitest';
import {
  CONFIDENTIALITY_OPTIONS,
  DEFAULT_CONFIDENTIALITY,
  confidentialityToSend,
  recordMarks,
} from './record-marks.ts';

describe('a record’s 密级 as shown', () => {
  it('tags protected records with their level and leaves ordinary ones untagged', () => {
    expect(recordMarks({ confidentiality: 'personal_privacy', contentMasked: false })).toEqual({
      level: '涉及个人隐私',
      masked: false,
    });
    expect(recordMarks({ confidentiality: 'trade_secret', contentMasked: true })).toEqual({
      level: '涉及商业秘密',
      masked: true,
    });
    expect(recordMarks({ confidentiality: 'ordinary', contentMasked: false }).level).toBeNull();
  });

  it('reads a record served without the fields as ordinary and unmasked', () => {
    expect(recordMarks({})).toEqual({ level: null, masked: false });
  });

  it('offers every level in the form, the default first', () => {
    expect(CONFIDENTIALITY_OPTIONS[0]).toEqual({ value: DEFAULT_CONFIDENTIALITY, label: '普通' });
    expect(CONFIDENTIALITY_OPTIONS.map((option) => option.label)).toEqual([
      '普通',
      '涉及个人隐私',
      '涉及商业秘密',
    ]);
  });
});

describe('the 密级 a record form sends', () => {
  it('a new record sends a protected level and leaves 普通 to the server’s default', () => {
    expect(confidentialityToSend('trade_secret', undefined)).toBe('trade_secret');
    expect(confidentialityToSend('ordinary', undefined)).toBeUndefined();
    expect(confidentialityToSend(undefined, undefined)).toBeUndefined();
  });

  it('a correction sends the level only when it changes the original’s', () => {
    const privacy = { confidentiality: 'personal_privacy' as const };
    expect(confidentialityToSend('personal_privacy', privacy)).toBeUndefined();
    // Lowering it to 普通 must be said, or the correction would keep the original's.
    expect(confidentialityToSend('ordinary', privacy)).toBe('ordinary');
    expect(confidentialityToSend('trade_secret', {})).toBe('trade_secret');
  });
});
