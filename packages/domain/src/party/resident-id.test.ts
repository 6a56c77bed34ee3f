import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES } from './province-codes.ts';
import { parseResidentId, residentIdCheckCharacter } from './resident-id.ts';

const TODAY = '2026-05-01';

/**
 * ISO 7064 MOD 11-2 written out from its definition, sharing nothing with the
 * implementation's weight and character tables: positions are counted from the right with
 * the check character at position 1, position i weighs 2^(i−1), and the check value c
 * (X for 10) is the one that makes the weighted sum ≡ 1 (mod 11).
 */
function mod11_2(first17: string): string {
  for (let check = 0; check <= 10; check++) {
    let sum = check;
    for (let i = 0; i < 17; i++) sum += Number(first17[i]) * 2 ** (17 - i);
    if (sum % 11 === 1) return check === 10 ? 'X' : String(check);
  }
  throw new Error('unreachable: 2^0 = 1 makes every remainder reachable');
}

function withCheck(first17: string): string {
  return first17 + mod11_2(first17);
}

function refused(input: string, today = TODAY) {
  const result = parseResidentId(input, today);
  if (result.ok) throw new Error(`expected ${input} to be refused`);
  return result;
}

/** The province-level codes, written out again from GB/T 2260 plus 83 (居住证). */
const PROVINCES =
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 81 82 83'.split(
    ' ',
  );

const digits = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(''));

const birthDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2025 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc
      .integer({ min: 1, max: new Date(Date.UTC(year, month, 0)).getUTCDate() })
      .map((day) => ({ year, month, day })),
  );

/** Random valid numbers: a real province, a real birth date, any sequence, the right check. */
const validNumber = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    county: digits(4),
    birth: birthDate,
    sequence: digits(3),
  })
  .map(({ province, county, birth, sequence }) => {
    const yyyymmdd = `${birth.year}${String(birth.month).padStart(2, '0')}${String(birth.day).padStart(2, '0')}`;
    return {
      number: withCheck(province + county + yyyymmdd + sequence),
      birthDate: `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`,
      sex: Number(sequence[2]) % 2 === 1 ? 'male' : 'female',
    };
  });

describe('GB 11643 examples', () => {
  it('11010519491231002X: 北京市朝阳区, 1949-12-31, female', () => {
    expect(mod11_2('11010519491231002')).toBe('X');
    expect(parseResidentId('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: {
        normalized: '11010519491231002X',
        birthDate: '1949-12-31',
        sex: 'female',
        regionCode: '110105',
      },
    });
  });

  it('440524188001010014 has a right check but is refused for its 1880 birth date', () => {
    expect(mod11_2('44052418800101001')).toBe('4');
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
    expect(refused('440524188001010014').problem).toBe('birth_date_before_1900');
  });
});

describe('check character', () => {
  it('matches the definition for real-format numbers', () => {
    for (const first17 of [
      '11010519491231002',
      '31011519900307123',
      '50010320000229456',
      '65010219751130007',
      '81000019850615002',
      '83000020010101011',
    ]) {
      expect(residentIdCheckCharacter(first17)).toBe(mod11_2(first17));
      expect(parseResidentId(withCheck(first17), TODAY).ok).toBe(true);
    }
  });

  it('matches the definition for any 17 digits', () => {
    fc.assert(
      fc.property(digits(17), (first17) => {
        expect(residentIdCheckCharacter(first17)).toBe(mod11_2(first17));
      }),
    );
  });

  it('is refused with a message to check the number digit by digit', () => {
    const result = refused('110105194912310021');
    expect(result.problem).toBe('check_character');
    expect(result.message).toMatch(/^身份证号码校验位不正确/);
  });
});

describe('generated valid numbers', () => {
  it('parse with their birth date and sex', () => {
    fc.assert(
      fc.property(validNumber, ({ number, birthDate, sex }) => {
        expect(parseResidentId(number, TODAY)).toEqual({
          ok: true,
          value: { normalized: number, birthDate, sex, regionCode: number.slice(0, 6) },
        });
      }),
    );
  });

  it('any single changed character makes them invalid', () => {
    fc.assert(
      fc.property(validNumber, ({ number }) => {
        for (let index = 0; index < 18; index++) {
          for (const replacement of index === 17 ? '0123456789X' : '0123456789') {
            if (replacement === number[index]) continue;
            const changed = number.slice(0, index) + replacement + number.slice(index + 1);
            expect(parseResidentId(changed, TODAY).ok, changed).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('any swap of two different neighbours makes them invalid', () => {
    fc.assert(
      fc.property(validNumber, ({ number }) => {
        for (let index = 0; index < 17; index++) {
          if (number[index] === number[index + 1]) continue;
          const swapped =
            number.slice(0, index) + number[index + 1] + number[index] + number.slice(index + 2);
          expect(parseResidentId(swapped, TODAY).ok, swapped).toBe(false);
        }
      }),
    );
  });
});

describe('what a clerk types', () => {
  it('accepts a lower-case x', () => {
    const result = parseResidentId('11010519491231002x', TODAY);
    expect(result.ok && result.value.normalized).toBe('11010519491231002X');
  });

  it('accepts full-width digits and Ｘ or ｘ, and surrounding spaces', () => {
    for (const input of [
      '１１０１０５１９４９１２３１００２Ｘ',
      '１１０１０５１９４９１２３１００２ｘ',
      ' \u300011010519491231002X\t ',
    ]) {
      const result = parseResidentId(input, TODAY);
      expect(result.ok && result.value.normalized, input).toBe('11010519491231002X');
    }
  });

  it('refuses a 15-digit first-generation number and asks for the 18-digit one', () => {
    const result = refused('110105491231002');
    expect(result.problem).toBe('fifteen_digits');
    expect(result.message).toContain('18 位');
  });

  it('refuses empty input and wrong lengths', () => {
    expect(refused('  ').problem).toBe('empty');
    expect(refused('11010519491231002').message).toBe('身份证号码应为 18 位，现在是 17 位，请核对');
    expect(refused('11010519491231002X1').problem).toBe('length');
  });

  it('names a wrong character and its position', () => {
    expect(refused('1101051949123A002X').message).toBe('身份证号码第 14 位是“A”，这一位应为数字');
    expect(refused('110105 19491231002').message).toBe('身份证号码第 7 位是空格，这一位应为数字');
    expect(refused('X10105194912310021').problem).toBe('characters');
    expect(refused('11010519491231002Y').message).toBe(
      '身份证号码第 18 位是“Y”，这一位应为数字或 X',
    );
  });
});

describe('province', () => {
  it('accepts exactly the GB/T 2260 province codes without 71, plus 83', () => {
    expect([...PROVINCE_CODES].sort()).toEqual([...PROVINCES].sort());
    for (let code = 0; code < 100; code++) {
      const province = String(code).padStart(2, '0');
      const result = parseResidentId(withCheck(`${province}010519491231002`), TODAY);
      expect(result.ok, province).toBe(PROVINCES.includes(province));
    }
  });

  it('refuses 71 and points a 9… number to the foreigner permanent residence card', () => {
    expect(refused(withCheck('71010519491231002')).message).toBe(
      '身份证号码前两位“71”不是有效的省级行政区划代码，请核对前两位',
    );
    expect(refused(withCheck('91010519491231002')).message).toContain('外国人永久居留身份证');
  });
});

describe('birth date', () => {
  it('refuses a date that does not exist, such as 2026-02-30', () => {
    const result = refused(withCheck('11010520260230001'));
    expect(result.problem).toBe('birth_date_invalid');
    expect(result.message).toBe('身份证号码中的出生日期 2026-02-30 不存在，请核对第 7–14 位');
    expect(refused(withCheck('11010519001300001')).problem).toBe('birth_date_invalid');
    expect(refused(withCheck('11010519000229001')).problem).toBe('birth_date_invalid');
  });

  it('accepts 29 February in leap years', () => {
    expect(parseResidentId(withCheck('11010520000229001'), TODAY).ok).toBe(true);
    expect(parseResidentId(withCheck('11010520240229001'), TODAY).ok).toBe(true);
  });

  it('refuses a date after the injected today, and accepts today', () => {
    const bornMay2 = withCheck('11010520260502001');
    const result = refused(bornMay2, '2026-05-01');
    expect(result.problem).toBe('birth_date_in_future');
    expect(result.message).toContain('晚于今天');
    expect(parseResidentId(bornMay2, '2026-05-02').ok).toBe(true);
  });

  it('refuses a date before 1900 and accepts 1900-01-01', () => {
    expect(refused(withCheck('11010518991231001')).problem).toBe('birth_date_before_1900');
    expect(parseResidentId(withCheck('11010519000101001'), TODAY).ok).toBe(true);
  });

  it('throws when today is not a YYYY-MM-DD date', () => {
    expect(() => parseResidentId('11010519491231002X', '2026-5-1')).toThrow(RangeError);
    expect(() => parseResidentId('11010519491231002X', '2026-02-30')).toThrow(RangeError);
  });
});

describe('sex', () => {
  it('is male for an odd sequence and female for an even one', () => {
    const male = parseResidentId(withCheck('11010519491231001'), TODAY);
    const female = parseResidentId(withCheck('11010519491231002'), TODAY);
    expect(male.ok && male.value.sex).toBe('male');
    expect(female.ok && female.value.sex).toBe('female');
  });
});
