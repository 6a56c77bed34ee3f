import { parseResidentId, parseUnifiedCreditCode, todayInShanghai } from '@liuhen/domain';
import type { NewParty } from '../api/cases.ts';

/** 当事人 as the form holds it: one shape for both kinds, one field for the ID number. */
export interface PartyValues {
  kind: 'natural_person' | 'organisation';
  name?: string;
  /** For a natural person: 居民身份证, or else a passport or another document. */
  idType?: 'resident' | 'passport' | 'other';
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  phone?: string;
  address?: string;
}

export const ID_TYPE_OPTIONS = [
  { value: 'resident', label: '居民身份证' },
  { value: 'passport', label: '护照' },
  { value: 'other', label: '其他证件' },
] as const;

// The few checks of the domain's party schema (packages/domain/src/party/party.ts) that are
// not one of its parsers, with the same messages. The schema itself is not run in the
// browser: zod probes `new Function` there, which the server's CSP refuses (and logs).
const PASSPORT_NUMBER = /^[0-9A-Z]{5,20}$/;
const DOCUMENT_NUMBER_MAX = 40;
const PHONE = /^[0-9+\-() 转]{5,30}$/;

/** Full-width letters, digits and the ideographic space folded, ends trimmed. */
function identifier(value: string | undefined): string {
  return (value ?? '')
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
}

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

/** The party-schema key a server message is about → the form field that shows it. */
export function partyFieldOf(key: string): keyof PartyValues {
  if (key === 'residentId' || key === 'idDocument') return 'idNumber';
  return key as keyof PartyValues;
}

/**
 * What is wrong with this party, per form field, in the domain's words: the check
 * characters of 居民身份证号码 (GB 11643) and 统一社会信用代码 (GB 32100) by the domain's
 * parsers, and the schema's other rules. The server checks again with the schema.
 */
export function partyProblems(values: PartyValues | undefined): Map<keyof PartyValues, string> {
  const problems = new Map<keyof PartyValues, string>();
  if (values === undefined) return problems;
  const say = (field: keyof PartyValues, message: string) => {
    if (!problems.has(field)) problems.set(field, message);
  };
  if (values.kind === 'organisation') {
    if (blank(values.name)) say('name', '请填写单位名称');
    const code = parseUnifiedCreditCode(values.creditCode ?? '');
    if (!code.ok) say('creditCode', code.message);
    if (blank(values.legalRepresentative)) {
      say('legalRepresentative', '请填写法定代表人或负责人姓名');
    }
  } else if (values.kind === 'natural_person') {
    if (blank(values.name)) say('name', '请填写当事人姓名');
    const number = identifier(values.idNumber).toUpperCase();
    const idType = values.idType ?? 'resident';
    if (idType === 'resident') {
      const id = parseResidentId(values.idNumber ?? '', todayInShanghai(new Date()));
      if (!id.ok) say('idNumber', id.message);
    } else if (number === '') {
      say('idNumber', '请填写证件号码');
    } else if (number.length > DOCUMENT_NUMBER_MAX) {
      say('idNumber', `证件号码最多 ${DOCUMENT_NUMBER_MAX} 个字符`);
    } else if (idType === 'passport' && !PASSPORT_NUMBER.test(number)) {
      say('idNumber', '护照号码应为 5–20 位字母或数字（不含空格和符号），请对照护照核对');
    }
  } else {
    say('kind', '请选择当事人类型：自然人或单位');
  }
  if (!blank(values.phone) && !PHONE.test(identifier(values.phone))) {
    say('phone', '联系电话只能由数字、空格、“+”、“-”、括号和“转”组成，5–30 位');
  }
  return problems;
}

/** The party as the API takes it, identifiers normalised as the domain's parsers do. */
export function partyInput(values: PartyValues): NewParty {
  const contact = {
    ...(blank(values.phone) ? {} : { phone: identifier(values.phone) }),
    ...(blank(values.address) ? {} : { address: values.address!.trim() }),
  };
  if (values.kind === 'organisation') {
    const code = parseUnifiedCreditCode(values.creditCode ?? '');
    return {
      kind: 'organisation',
      name: (values.name ?? '').trim(),
      creditCode: code.ok ? code.value.normalized : (values.creditCode ?? ''),
      legalRepresentative: (values.legalRepresentative ?? '').trim(),
      ...contact,
    };
  }
  const idType = values.idType ?? 'resident';
  const id = parseResidentId(values.idNumber ?? '', todayInShanghai(new Date()));
  return {
    kind: 'natural_person',
    name: (values.name ?? '').trim(),
    ...(idType === 'resident'
      ? { residentId: id.ok ? id.value.normalized : (values.idNumber ?? '') }
      : { idDocument: { type: idType, number: identifier(values.idNumber).toUpperCase() } }),
    ...contact,
  };
}
