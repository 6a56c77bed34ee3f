import { z } from 'zod';
import { assertIsoDate } from './calendar-date.ts';
import { toHalfWidth } from './half-width.ts';
import { parseResidentId } from './resident-id.ts';
import { parseUnifiedCreditCode } from './unified-credit-code.ts';

/**
 * For a natural person without a 居民身份证 (a foreigner, or anyone who cannot show one):
 * a passport, or another document (e.g. 港澳居民来往内地通行证, 外国人永久居留身份证).
 */
export const ID_DOCUMENT_TYPES = ['passport', 'other'] as const;

/** Letters and digits only: ICAO 9303 document numbers are alphanumeric. */
const PASSPORT_NUMBER = /^[0-9A-Z]{5,20}$/;
const DOCUMENT_NUMBER_MAX = 40;
/** Mobile, landline with area code and extension ("0571-8888 8888转123"), or +852 …. */
const PHONE = /^[0-9+\-() 转]{5,30}$/;

/**
 * Longest texts a party's fields take: 姓名/单位名称 and 法定代表人 as long as the longest
 * registered names (ethnic-minority and foreign names written out, long enterprise names),
 * an address to the room number with a landmark. Beyond that it is not a name or an address
 * but pasted text, which belongs in a record.
 */
export const PARTY_TEXT_LIMITS = { name: 100, address: 200, identifier: 40 } as const;

/** Text a clerk must fill in; whitespace alone is not an answer. */
function requiredText(missing: string, max: number, label: string) {
  return z.string({ error: missing }).trim().min(1, missing).max(max, `${label}最多 ${max} 个字`);
}

/** An identifier as typed: full-width folded, surrounding spaces dropped. */
function identifierText(missing: string) {
  return z
    .string({ error: missing })
    .overwrite((raw) => toHalfWidth(raw).trim())
    .min(1, missing);
}

/**
 * 当事人 (party) of a case: a natural person or an organisation. Identifiers are checked
 * against their national standards here, so the server refuses what the form refuses, and
 * come out normalised (half-width, upper case) so one person is one number.
 *
 * `today` (YYYY-MM-DD, the agency's local date) is needed to refuse a birth date in the
 * future; it is passed in because the domain reads no clock.
 */
export function createPartySchema({ today }: { readonly today: string }) {
  assertIsoDate(today, 'today');

  const residentId = z
    .string({ error: '请填写身份证号码' })
    .max(PARTY_TEXT_LIMITS.identifier, '身份证号码应为 18 位')
    .transform((raw, ctx) => {
      const result = parseResidentId(raw, today);
      if (!result.ok) {
        ctx.addIssue({
          code: 'custom',
          message: result.message,
          params: { problem: result.problem },
        });
        return z.NEVER;
      }
      return result.value.normalized;
    });

  const creditCode = z
    .string({ error: '请填写统一社会信用代码' })
    .max(PARTY_TEXT_LIMITS.identifier, '统一社会信用代码应为 18 位')
    .transform((raw, ctx) => {
      const result = parseUnifiedCreditCode(raw);
      if (!result.ok) {
        ctx.addIssue({
          code: 'custom',
          message: result.message,
          params: { problem: result.problem },
        });
        return z.NEVER;
      }
      return result.value.normalized;
    });

  const idDocument = z
    .strictObject({
      type: z.enum(ID_DOCUMENT_TYPES, { error: '证件类型应为护照或其他证件' }),
      number: identifierText('请填写证件号码')
        .overwrite((number) => number.toUpperCase())
        .max(DOCUMENT_NUMBER_MAX, `证件号码最多 ${DOCUMENT_NUMBER_MAX} 个字符`),
    })
    .superRefine((document, ctx) => {
      if (document.type === 'passport' && !PASSPORT_NUMBER.test(document.number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['number'],
          message: '护照号码应为 5–20 位字母或数字（不含空格和符号），请对照护照核对',
        });
      }
    });

  const phone = identifierText('请填写联系电话').regex(
    PHONE,
    '联系电话只能由数字、空格、“+”、“-”、括号和“转”组成，5–30 位',
  );
  const address = requiredText('请填写地址', PARTY_TEXT_LIMITS.address, '地址');

  const naturalPerson = z
    .strictObject({
      kind: z.literal('natural_person'),
      name: requiredText('请填写当事人姓名', PARTY_TEXT_LIMITS.name, '姓名'),
      /** 居民身份证号码 (GB 11643); exactly one of this and `idDocument`. */
      residentId: residentId.optional(),
      idDocument: idDocument.optional(),
      phone: phone.optional(),
      address: address.optional(),
    })
    .superRefine((person, ctx) => {
      if (person.residentId !== undefined && person.idDocument !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['idDocument'],
          message:
            '身份证号码与其他证件只填一项：有居民身份证的填身份证号码，没有的再填护照或其他证件',
        });
      } else if (person.residentId === undefined && person.idDocument === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['residentId'],
          message: '请填写身份证号码；没有居民身份证的，请填写护照或其他证件号码',
        });
      }
    });

  const organisation = z.strictObject({
    kind: z.literal('organisation'),
    name: requiredText('请填写单位名称', PARTY_TEXT_LIMITS.name, '单位名称'),
    /** 统一社会信用代码 (GB 32100). */
    creditCode,
    /** 法定代表人, or 负责人 for an organisation that is not a legal person. */
    legalRepresentative: requiredText(
      '请填写法定代表人或负责人姓名',
      PARTY_TEXT_LIMITS.name,
      '法定代表人或负责人姓名',
    ),
    phone: phone.optional(),
    address: address.optional(),
  });

  return z.discriminatedUnion('kind', [naturalPerson, organisation], {
    error: '请选择当事人类型：自然人或单位',
  });
}

export type PartySchema = ReturnType<typeof createPartySchema>;
/** A party as the form or API sends it. */
export type PartyInput = z.input<PartySchema>;
/** A checked party, identifiers normalised. */
export type Party = z.output<PartySchema>;
export type NaturalPerson = Extract<Party, { kind: 'natural_person' }>;
export type Organisation = Extract<Party, { kind: 'organisation' }>;
export type IdDocument = NonNullable<NaturalPerson['idDocument']>;
export type PartyKind = Party['kind'];
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];
