import { maskAddress, maskMiddle, type Confidentiality } from './confidentiality.ts';

/**
 * The stricter of a case's and a record's 密级: a record about a third party's trade secret
 * in an ordinary case is protected, and nothing in a protected case is ordinary.
 */
export function effectiveConfidentiality(
  caseLevel: Confidentiality,
  recordLevel: Confidentiality,
): Confidentiality {
  return recordLevel !== 'ordinary' ? recordLevel : caseLevel;
}

/** What the case already knows about its parties, so a record's text can hide them too. */
export interface KnownPartyDetails {
  readonly residentId?: string | undefined;
  readonly phone?: string | undefined;
  readonly address?: string | undefined;
  readonly idDocument?: { readonly number?: string | undefined } | undefined;
}

// Identity numbers (15 or 18 digits, the last may be X), mobile numbers and landlines, as
// clerks type them into inquiry records; digits next to them mean it is some other number.
const RESIDENT_ID = /(?<![0-9A-Za-z])\d{6}(?:\d{9}|\d{11}[\dXx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g;

/**
 * A record's content as a reader without need to know sees it (002 第八条(七), 003 第三十四条):
 * identity numbers and phone numbers with their middle hidden wherever they appear in its
 * text, and the parties' own addresses and document numbers where the clerk copied them in.
 * Names and the account of events stay: the record must still say what happened.
 */
export function maskRecordFields(
  fields: Readonly<Record<string, unknown>>,
  parties: readonly KnownPartyDetails[],
): Record<string, unknown> {
  const exact = new Map<string, string>();
  for (const party of parties) {
    if (party.address !== undefined && [...party.address].length > 6) {
      exact.set(party.address, maskAddress(party.address));
    }
    const documentNumber = party.idDocument?.number;
    if (documentNumber !== undefined && documentNumber.length >= 5) {
      exact.set(documentNumber, maskMiddle(documentNumber));
    }
  }
  // Longest first, so a full address is replaced before a shorter one inside it.
  const known = [...exact.entries()].sort(([a], [b]) => b.length - a.length);

  const maskText = (text: string): string => {
    let masked = text;
    for (const [value, replacement] of known) masked = masked.split(value).join(replacement);
    return masked
      .replace(RESIDENT_ID, (match) => maskMiddle(match))
      .replace(MOBILE, (match) => maskMiddle(match.replace(/[ -]/g, '')))
      .replace(LANDLINE, (match) => maskMiddle(match));
  };

  const maskValue = (value: unknown): unknown => {
    if (typeof value === 'string') return maskText(value);
    if (Array.isArray(value)) return value.map(maskValue);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
          key,
          maskValue(inner),
        ]),
      );
    }
    return value;
  };

  return maskValue(fields) as Record<string, unknown>;
}
