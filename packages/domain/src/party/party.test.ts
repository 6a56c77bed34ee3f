import { describe, expect, it } from 'vitest';
import { createPartySchema } from './party.ts';

const TODAY = '2026-05-01';
const party = createPartySchema({ today: TODAY });

/** The issues of a refused party as `path: message`. */
function issues(input: unknown): string[] {
  const result = party.safeParse(input);
  if (result.success) throw new Error('expected the party to be refused');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const person = { kind: 'natural_person', name: '张三' } as const;
const company = {
  kind: 'organisation',
  name: '某某科技有限公司',
  creditCode: '91350100M000100Y43',
  legalRepresentative: '李四',
} as const;

describe('natural person', () => {
  it('with a resident ID number, normalised', () => {
    expect(
      party.parse({
        ...person,
        name: ' 张三 ',
        residentId: '１１０１０５１９４９１２３１００２ｘ',
        phone: '１３８ 0000 0000',
        address: '北京市朝阳区某街道 1 号',
      }),
    ).toEqual({
      kind: 'natural_person',
      name: '张三',
      residentId: '11010519491231002X',
      phone: '138 0000 0000',
      address: '北京市朝阳区某街道 1 号',
    });
  });

  it('with a passport or another document instead', () => {
    expect(
      party.parse({ ...person, idDocument: { type: 'passport', number: 'e12345678 ' } }),
    ).toEqual({ ...person, idDocument: { type: 'passport', number: 'E12345678' } });
    expect(
      party.parse({ ...person, idDocument: { type: 'other', number: 'h1234567801' } }),
    ).toEqual({ ...person, idDocument: { type: 'other', number: 'H1234567801' } });
  });

  it('needs exactly one of resident ID number and other document', () => {
    expect(issues(person)).toEqual([
      'residentId: 请填写身份证号码；没有居民身份证的，请填写护照或其他证件号码',
    ]);
    expect(
      issues({
        ...person,
        residentId: '11010519491231002X',
        idDocument: { type: 'passport', number: 'E12345678' },
      }),
    ).toEqual([
      'idDocument: 身份证号码与其他证件只填一项：有居民身份证的填身份证号码，没有的再填护照或其他证件',
    ]);
  });

  it('refuses a wrong resident ID number with the parser’s message', () => {
    expect(issues({ ...person, residentId: '110105194912310021' })).toEqual([
      'residentId: 身份证号码校验位不正确，请对照证件逐位核对（任何一位输错或相邻两位颠倒都会出现此提示）',
    ]);
    expect(issues({ ...person, residentId: '110105491231002' })[0]).toContain('18 位');
  });

  it('refuses a birth date after the injected today', () => {
    const bornMay2 = '110105202605020011'; // check character computed by GB 11643
    expect(issues({ ...person, residentId: bornMay2 })[0]).toContain('晚于今天');
    expect(
      createPartySchema({ today: '2026-05-02' }).safeParse({ ...person, residentId: bornMay2 })
        .success,
    ).toBe(true);
  });

  it('checks the document', () => {
    expect(issues({ ...person, idDocument: { type: 'passport', number: 'E 1234 5678' } })).toEqual([
      'idDocument.number: 护照号码应为 5–20 位字母或数字（不含空格和符号），请对照护照核对',
    ]);
    expect(issues({ ...person, idDocument: { type: 'visa', number: 'E12345678' } })).toEqual([
      'idDocument.type: 证件类型应为护照或其他证件',
    ]);
    expect(issues({ ...person, idDocument: { type: 'other', number: '  ' } })).toEqual([
      'idDocument.number: 请填写证件号码',
    ]);
  });

  it('needs a name and a plausible phone number', () => {
    expect(issues({ ...person, name: '  ', residentId: '11010519491231002X' })).toEqual([
      'name: 请填写当事人姓名',
    ]);
    expect(issues({ ...person, residentId: '11010519491231002X', phone: '请致电' })[0]).toMatch(
      /^phone: 联系电话只能由数字/,
    );
    expect(
      party.parse({ ...person, residentId: '11010519491231002X', phone: '0571-8888 8888转123' })
        .phone,
    ).toBe('0571-8888 8888转123');
  });
});

describe('organisation', () => {
  it('with a unified social credit code, normalised', () => {
    expect(party.parse({ ...company, creditCode: ' 91350100m000100y43 ' })).toEqual(company);
  });

  it('refuses a wrong code with the parser’s message', () => {
    expect(issues({ ...company, creditCode: '91350100O000100Y43' })).toEqual([
      'creditCode: 统一社会信用代码第 9 位是“O”，统一社会信用代码不使用字母 I、O、Z、S、V（可能是数字 0）',
    ]);
  });

  it('needs a name, a code and a legal representative', () => {
    expect(issues({ kind: 'organisation' })).toEqual([
      'name: 请填写单位名称',
      'creditCode: 请填写统一社会信用代码',
      'legalRepresentative: 请填写法定代表人或负责人姓名',
    ]);
  });

  it('does not take a resident ID number', () => {
    expect(issues({ ...company, residentId: '11010519491231002X' })).toHaveLength(1);
  });
});

describe('every party', () => {
  it('has a kind', () => {
    expect(issues({ name: '张三' })).toEqual(['kind: 请选择当事人类型：自然人或单位']);
    expect(issues({ ...person, kind: 'robot' })).toEqual(['kind: 请选择当事人类型：自然人或单位']);
  });

  it('answers in Chinese', () => {
    for (const input of [
      person,
      { ...person, residentId: 'abc' },
      { ...person, idDocument: { type: 'passport', number: '' } },
      { ...company, creditCode: '123' },
      { kind: 'organisation' },
      {},
    ]) {
      for (const issue of issues(input)) expect(issue).toMatch(/\p{Script=Han}/u);
    }
  });

  it('needs a real today', () => {
    expect(() => createPartySchema({ today: 'today' })).toThrow(RangeError);
  });
});
