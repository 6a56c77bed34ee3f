import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MIN_LENGTH } from './password-policy.ts';

describe('checkPassword', () => {
  it('accepts a long password with two kinds of characters', () => {
    expect(checkPassword('zhifa2026anquan')).toEqual([]);
    expect(checkPassword('执法记录2026全过程留痕')).toEqual([]);
    expect(checkPassword('执法记录-全过程-留痕')).toEqual(['too_few_kinds']);
  });

  it('names every problem', () => {
    expect(checkPassword('abc')).toEqual(['too_short', 'too_few_kinds']);
    expect(checkPassword('a'.repeat(PASSWORD_MIN_LENGTH))).toEqual(['too_few_kinds']);
    expect(checkPassword('x1'.repeat(65))).toEqual(['too_long']);
    expect(checkPassword('zhangwei-2026', 'ZhangWei')).toEqual(['contains_username']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('密码1密码1密码1密')).toEqual([]);
    expect(checkPassword('密码1密码1密码1')).toEqual(['too_short']);
  });
});
