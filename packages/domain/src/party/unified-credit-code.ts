import { describeCharacter, toHalfWidth } from './half-width.ts';
import type { ParseResult } from './parse-result.ts';

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 31 (digits and capitals without
 * I, O, Z, S, V, which are read as 1, 0, 2, 5 and U):
 *
 * | position | meaning                                            |
 * | -------- | -------------------------------------------------- |
 * | 1        | 登记管理部门码 (registration authority, e.g. 9 工商) |
 * | 2        | 机构类别码 (organisation type within that authority) |
 * | 3–8      | 登记管理机关行政区划码 (GB/T 2260)                   |
 * | 9–17     | 主体标识码, the GB 11714 organisation code          |
 * | 18       | check character                                    |
 *
 * Only the character set and the check character are enforced. The embedded organisation
 * code has its own GB 11714 check character (position 17); the codes we know satisfy it,
 * but we have not found a rule that every issued code must, and refusing a real
 * organisation's code is worse than missing a typo the USCC check already catches.
 */
export interface UnifiedCreditCode {
  /** 18 ASCII characters, upper-case. */
  readonly normalized: string;
  readonly registrationAuthority: string;
  readonly organisationType: string;
  readonly regionCode: string;
  readonly organisationCode: string;
}

export type UnifiedCreditCodeProblem = 'empty' | 'length' | 'characters' | 'check_character';

export const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015 weights: Wi = 3^(i−1) mod 31 for positions i = 1…17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** What a clerk most likely meant by a letter the code never uses. */
const FORBIDDEN_LETTER_HINTS: Readonly<Record<string, string>> = {
  I: '（可能是数字 1）',
  O: '（可能是数字 0）',
  Z: '（可能是数字 2）',
  S: '（可能是数字 5）',
  V: '（可能是字母 U 或 Y）',
};

/** The check character for the first 17 characters of a unified social credit code. */
export function unifiedCreditCodeCheckCharacter(first17: string): string {
  const chars = [...first17];
  if (chars.length !== 17) throw new RangeError('expected exactly 17 characters');
  let sum = 0;
  for (const [index, char] of chars.entries()) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(char);
    if (value < 0) throw new RangeError(`not a credit code character: ${char}`);
    sum += value * WEIGHTS[index]!;
  }
  // C18 = 31 − (Σ mod 31), where 31 stands for 0.
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31]!;
}

function problem(
  kind: UnifiedCreditCodeProblem,
  message: string,
): ParseResult<UnifiedCreditCode, UnifiedCreditCodeProblem> {
  return { ok: false, problem: kind, message };
}

function lengthMessage(text: string, length: number): string {
  // Clerks copy old certificates: the 15-digit 工商注册号 and the 9-character 组织机构代码
  // (often written XXXXXXXX-X) were replaced by this code from 2015.
  if (/^\d{15}$/.test(text)) {
    return '这像是 15 位的旧工商注册号，请填写营业执照上的 18 位统一社会信用代码';
  }
  if (/^[0-9A-Z]{8}-?[0-9X]$/.test(text)) {
    return '这像是旧的组织机构代码，请填写 18 位统一社会信用代码';
  }
  return `统一社会信用代码应为 18 位，现在是 ${length} 位，请核对`;
}

/**
 * Checks a unified social credit code as typed by a clerk: full-width characters, lower
 * case and surrounding spaces are accepted and normalised.
 */
export function parseUnifiedCreditCode(
  input: string,
): ParseResult<UnifiedCreditCode, UnifiedCreditCodeProblem> {
  const text = toHalfWidth(input).trim().toUpperCase();
  const chars = [...text];

  if (chars.length === 0) return problem('empty', '请填写统一社会信用代码');
  if (chars.length !== 18) return problem('length', lengthMessage(text, chars.length));
  for (const [index, char] of chars.entries()) {
    if (CREDIT_CODE_CHARACTERS.includes(char)) continue;
    const position = `统一社会信用代码第 ${index + 1} 位是${describeCharacter(char)}`;
    const hint = FORBIDDEN_LETTER_HINTS[char];
    return problem(
      'characters',
      hint === undefined
        ? `${position}，统一社会信用代码只由数字和大写字母组成`
        : `${position}，统一社会信用代码不使用字母 I、O、Z、S、V${hint}`,
    );
  }

  if (unifiedCreditCodeCheckCharacter(text.slice(0, 17)) !== text[17]) {
    // The weights are powers of 3 modulo the prime 31, so every single wrong character and
    // every swap of neighbours changes the check: the mistake may be anywhere.
    return problem(
      'check_character',
      '统一社会信用代码校验位不正确，请对照营业执照或登记证书逐位核对（任何一位输错或相邻两位颠倒都会出现此提示）',
    );
  }

  return {
    ok: true,
    value: {
      normalized: text,
      registrationAuthority: text.slice(0, 1),
      organisationType: text.slice(1, 2),
      regionCode: text.slice(2, 8),
      organisationCode: text.slice(8, 17),
    },
  };
}
