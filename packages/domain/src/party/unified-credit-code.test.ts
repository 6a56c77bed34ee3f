import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARACTERS,
  parseUnifiedCreditCode,
  unifiedCreditCodeCheckCharacter,
} from './unified-credit-code.ts';

/** GB 32100's character set written out again: digits, then A–Z without I, O, Z, S, V. */
const CHARSET = '0123456789' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.replace(/[IOZSV]/g, '');

/**
 * The GB 32100 check written out from its definition, sharing nothing with the
 * implementation's tables: position i (1…17) weighs 3^(i−1) mod 31, and the check value is
 * the one that makes the weighted sum plus the check ≡ 0 (mod 31).
 */
function mod31(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * (3 ** i % 31);
  for (let check = 0; check < 31; check++) {
    if ((sum + check) % 31 === 0) return CHARSET[check]!;
  }
  throw new Error('unreachable');
}

/**
 * GB 11714-1997 check of the 9-character organisation code at positions 9–17 (weights
 * 3 7 9 10 5 8 4 2, letters A = 10 …, C9 = 11 − Σ mod 11, 10 → X, 11 → 0). Not enforced by
 * the implementation; used here as a second, independent check that the known codes are
 * remembered right.
 */
function gb11714(organisationCode: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(organisationCode[i]!, 36) * weights[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

function refused(input: string) {
  const result = parseUnifiedCreditCode(input);
  if (result.ok) throw new Error(`expected ${input} to be refused`);
  return result;
}

/**
 * Known valid codes. The first is the example used by common validation libraries (e.g.
 * hutool's CreditCodeUtil); the others are public registrations, recalled and confirmed here
 * by both their GB 32100 and their GB 11714 check characters (a misremembered code would pass
 * both by chance about once in 341).
 */
const KNOWN = [
  '91350100M000100Y43',
  '914403001922038216', // 华为技术有限公司
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91110000802100433B', // 百度在线网络技术（北京）有限公司
  '91110108551385082Q', // 小米科技有限责任公司
  '91330100799655058B', // 阿里巴巴（中国）有限公司
];

const validCode = fc
  .array(fc.constantFrom(...CHARSET), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''))
  .map((first17) => first17 + mod31(first17));

describe('character set', () => {
  it('is the 31 characters of GB 32100', () => {
    expect(CHARSET).toHaveLength(31);
    expect(CREDIT_CODE_CHARACTERS).toBe(CHARSET);
  });
});

describe('known codes', () => {
  it.each(KNOWN)('%s passes both independent checks and parses', (code) => {
    expect(mod31(code.slice(0, 17))).toBe(code[17]);
    expect(gb11714(code.slice(8, 16))).toBe(code[16]);
    expect(parseUnifiedCreditCode(code)).toEqual({
      ok: true,
      value: {
        normalized: code,
        registrationAuthority: code[0],
        organisationType: code[1],
        regionCode: code.slice(2, 8),
        organisationCode: code.slice(8, 17),
      },
    });
  });
});

describe('check character', () => {
  it('matches the definition for any 17 characters', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(unifiedCreditCodeCheckCharacter(code.slice(0, 17))).toBe(code[17]);
      }),
    );
  });

  it('any single substitution within the set breaks it', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(parseUnifiedCreditCode(code).ok).toBe(true);
        for (let index = 0; index < 18; index++) {
          for (const replacement of CHARSET) {
            if (replacement === code[index]) continue;
            const changed = code.slice(0, index) + replacement + code.slice(index + 1);
            const result = parseUnifiedCreditCode(changed);
            expect(result.ok ? 'ok' : result.problem, changed).toBe('check_character');
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('any swap of two different neighbours breaks it', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        for (let index = 0; index < 17; index++) {
          if (code[index] === code[index + 1]) continue;
          const swapped =
            code.slice(0, index) + code[index + 1] + code[index] + code.slice(index + 2);
          expect(parseUnifiedCreditCode(swapped).ok, swapped).toBe(false);
        }
      }),
    );
  });

  it('is refused with a Chinese message', () => {
    expect(refused('91350100M000100Y44').message).toMatch(/^统一社会信用代码校验位不正确/);
  });
});

describe('what a clerk types', () => {
  it('accepts lower case, full-width characters and surrounding spaces', () => {
    for (const input of [
      '91350100m000100y43',
      '９１３５０１００Ｍ０００１００Ｙ４３',
      '\u3000 91350100M000100Y43 ',
    ]) {
      const result = parseUnifiedCreditCode(input);
      expect(result.ok && result.value.normalized, input).toBe('91350100M000100Y43');
    }
  });

  it.each([
    ['I', '1'],
    ['O', '0'],
    ['Z', '2'],
    ['S', '5'],
    ['V', 'U'],
  ])('names the forbidden letter %s and its position', (letter, likely) => {
    const result = refused(`9135010${letter}M000100Y43`);
    expect(result.problem).toBe('characters');
    expect(result.message).toContain(`第 8 位是“${letter}”`);
    expect(result.message).toContain('不使用字母 I、O、Z、S、V');
    expect(result.message).toContain(likely);
  });

  it('names a lower-case forbidden letter in upper case', () => {
    expect(refused('91350100M0001o0Y43').message).toContain('第 14 位是“O”');
  });

  it('names other characters and their position', () => {
    expect(refused('91350100M000100Y-3').message).toBe(
      '统一社会信用代码第 17 位是“-”，统一社会信用代码只由数字和大写字母组成',
    );
    expect(refused('9135010 M000100Y43').message).toContain('第 8 位是空格');
  });

  it('refuses empty input and wrong lengths, recognising old numbers', () => {
    expect(refused('').problem).toBe('empty');
    expect(refused('91350100M000100Y4').message).toBe(
      '统一社会信用代码应为 18 位，现在是 17 位，请核对',
    );
    expect(refused('440301103097413').message).toContain('旧工商注册号');
    expect(refused('80210043-3').message).toContain('组织机构代码');
    expect(refused('802100433').problem).toBe('length');
  });
});
