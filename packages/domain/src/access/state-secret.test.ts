import { describe, expect, it } from 'vitest';
import { isStateSecretMarking, normalizeMarking } from './state-secret.ts';

/** Markings as clerks and cameras' software write them: every one must be refused. */
const STATE_SECRET = [
  // The three levels, alone and with 级.
  '秘密',
  '机密',
  '绝密',
  '秘密级',
  '机密级',
  '绝密级',
  // 密级★保密期限 (GB/T 7156): years, 长期, a date.
  '秘密★10年',
  '机密★5年',
  '绝密★长期',
  '绝密★30年',
  '秘密★2030年12月31日',
  '机密级★20年',
  '秘密 ★ 10 年',
  '机密*5年',
  '机密＊5年',
  '绝密☆长期',
  // With 国家秘密, in brackets of either width, 【】 and 〔〕.
  '国家秘密',
  '国家秘密（机密）',
  '国家秘密(机密)',
  '国家秘密【绝密】',
  '【绝密】',
  '〔秘密〕',
  '[机密]',
  '（秘密★10年）',
  '国家秘密 绝密★长期',
  '国家秘密·秘密★5年',
  '【国家秘密】机密★10年',
  // After a label, with full-width letters, with spaces.
  '密级：机密',
  '密级:秘密★5年',
  '  绝密  ',
  '涉密',
  '涉及国家秘密',
  // The machine-readable spellings.
  'state_secret',
  'STATE_SECRET',
  'state-secret',
  'State Secret',
  'ｓｔａｔｅ＿ｓｅｃｒｅｔ',
  'top secret',
  'secret',
];

/** Other protections (or none): kept as given, never refused. */
const NOT_STATE_SECRET = [
  '商业秘密',
  '涉及商业秘密',
  '工作秘密',
  '个人隐私',
  '涉及个人隐私',
  '普通',
  '公开',
  '内部',
  '非涉密',
  '不涉密',
  '秘密通道现场',
  '商业秘密★',
  'internal',
  'confidential',
  'public',
  '',
  '   ',
];

describe('state-secret markings', () => {
  it.each(STATE_SECRET)('refuses %j', (marking) => {
    expect(isStateSecretMarking(marking)).toBe(true);
  });

  it.each(NOT_STATE_SECRET)('keeps %j', (marking) => {
    expect(isStateSecretMarking(marking)).toBe(false);
  });

  it('has nothing to refuse when nothing is declared', () => {
    expect(isStateSecretMarking(null)).toBe(false);
    expect(isStateSecretMarking(undefined)).toBe(false);
  });

  it('reduces the decorated forms to the bare marking', () => {
    expect(normalizeMarking('【国家秘密】 机密 ＊ 10 年')).toBe('国家秘密机密★10年');
    expect(normalizeMarking('密级：（秘密）')).toBe('秘密');
  });
});
