import { assertIsoDate, isRealDate } from './calendar-date.ts';
import { describeCharacter, toHalfWidth } from './half-width.ts';
import type { ParseResult } from './parse-result.ts';
import { isProvinceCode } from './province-codes.ts';

/**
 * 居民身份证号码 (公民身份号码, GB 11643-1999): 6-digit address code (GB/T 2260), 8-digit
 * birth date YYYYMMDD (GB/T 7408), 3-digit sequence (odd for men, even for women) and a
 * check character by ISO 7064 MOD 11-2.
 */
export interface ResidentId {
  /** 18 ASCII characters, X upper-case. */
  readonly normalized: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  /** The 6-digit address code; only its first two digits are checked. */
  readonly regionCode: string;
}

export type ResidentIdProblem =
  | 'empty'
  | 'fifteen_digits'
  | 'length'
  | 'characters'
  | 'region'
  | 'birth_date_invalid'
  | 'birth_date_in_future'
  | 'birth_date_before_1900'
  | 'check_character';

/** GB 11643-1999 weights: Wi = 2^(i−1) mod 11, position i counted from the right (i = 18…2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The check character for each remainder Σ(ai·Wi) mod 11 = 0…10. */
const CHECK_CHARACTERS = '10X98765432';

/** Nobody born before 1900 is a party today; an earlier date is a typo in the year. */
const EARLIEST_BIRTH_YEAR = 1900;

/** The check character for the first 17 digits of a resident ID number. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

function problem(
  kind: ResidentIdProblem,
  message: string,
): ParseResult<ResidentId, ResidentIdProblem> {
  return { ok: false, problem: kind, message };
}

/**
 * Checks a resident ID number as typed by a clerk. Full-width digits and Ｘ, a lower-case x
 * and surrounding spaces are accepted and normalised; anything else is refused with the
 * first thing to fix. `today` (YYYY-MM-DD, the agency's local date) is passed in so the
 * domain stays free of clocks and time zones.
 */
export function parseResidentId(
  input: string,
  today: string,
): ParseResult<ResidentId, ResidentIdProblem> {
  assertIsoDate(today, 'today');
  const text = toHalfWidth(input).trim().replaceAll('x', 'X');
  const chars = [...text];

  if (chars.length === 0) return problem('empty', '请填写身份证号码');
  // First-generation cards (15 digits, no century, no check) stopped being valid in 2013;
  // converting one would invent a check character the person never had.
  if (/^\d{15}$/.test(text)) {
    return problem(
      'fifteen_digits',
      '这是 15 位的旧身份证号码，已停止使用，请填写当事人现在使用的 18 位身份证号码',
    );
  }
  if (chars.length !== 18) {
    return problem('length', `身份证号码应为 18 位，现在是 ${chars.length} 位，请核对`);
  }
  for (const [index, char] of chars.entries()) {
    const allowed = index === 17 ? /^[0-9X]$/ : /^[0-9]$/;
    if (!allowed.test(char)) {
      const expected = index === 17 ? '数字或 X' : '数字';
      return problem(
        'characters',
        `身份证号码第 ${index + 1} 位是${describeCharacter(char)}，这一位应为${expected}`,
      );
    }
  }

  const province = text.slice(0, 2);
  if (!isProvinceCode(province)) {
    // The 2023 外国人永久居留身份证 has 18 digits too but starts with 9.
    const hint = province.startsWith('9')
      ? '；如为外国人永久居留身份证，请按“其他证件”登记'
      : '，请核对前两位';
    return problem('region', `身份证号码前两位“${province}”不是有效的省级行政区划代码${hint}`);
  }

  const birth = {
    year: Number(text.slice(6, 10)),
    month: Number(text.slice(10, 12)),
    day: Number(text.slice(12, 14)),
  };
  const birthDate = `${text.slice(6, 10)}-${text.slice(10, 12)}-${text.slice(12, 14)}`;
  if (!isRealDate(birth)) {
    return problem(
      'birth_date_invalid',
      `身份证号码中的出生日期 ${birthDate} 不存在，请核对第 7–14 位`,
    );
  }
  if (birth.year < EARLIEST_BIRTH_YEAR) {
    return problem(
      'birth_date_before_1900',
      `身份证号码中的出生日期 ${birthDate} 早于 1900 年，请核对第 7–14 位`,
    );
  }
  // YYYY-MM-DD compares as text in date order.
  if (birthDate > today) {
    return problem(
      'birth_date_in_future',
      `身份证号码中的出生日期 ${birthDate} 晚于今天，请核对第 7–14 位`,
    );
  }

  if (residentIdCheckCharacter(text.slice(0, 17)) !== text[17]) {
    // ISO 7064 MOD 11-2 catches every single wrong digit and every swap of neighbours, so
    // the mistake may be anywhere, not only in the last character.
    return problem(
      'check_character',
      '身份证号码校验位不正确，请对照证件逐位核对（任何一位输错或相邻两位颠倒都会出现此提示）',
    );
  }

  return {
    ok: true,
    value: {
      normalized: text,
      birthDate,
      sex: Number(text[16]) % 2 === 1 ? 'male' : 'female',
      regionCode: text.slice(0, 6),
    },
  };
}
