import type { Role } from '../identity/roles.ts';
import type { AccessCase, AccessPerson } from './access-decision.ts';

/**
 * 密级 of a case: ordinary, or holding personal privacy or trade secrets, handled by their
 * rules (002 第八条(七), 003 第三十四条). State secrets are not a level: they may not be on
 * non-secret equipment at all (000 第十七条), and uploads marked so are refused.
 */
export const CONFIDENTIALITY_LEVELS = ['ordinary', 'personal_privacy', 'trade_secret'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

export const CONFIDENTIALITY_LABELS: Readonly<Record<Confidentiality, string>> = {
  ordinary: '普通',
  personal_privacy: '涉及个人隐私',
  trade_secret: '涉及商业秘密',
};

/** Roles whose work on the case needs the protected details, within their reach. */
const NEED_TO_KNOW: readonly Role[] = [
  'department_head',
  'agency_head',
  'legal_reviewer',
  'archivist',
];

/**
 * Whether the person sees a protected case's identifiers and contacts in full: its own
 * officers, its department's head, and the agency's head, legal reviewer and archivist.
 * Colleagues who may read the case, supervisors and grant holders see them masked.
 */
export function seesProtectedDetails(
  person: AccessPerson,
  theCase: AccessCase & { readonly confidentiality: Confidentiality },
): boolean {
  if (theCase.confidentiality === 'ordinary') return true;
  if (theCase.officerIds.includes(person.id)) return true;
  if (person.agencyId !== theCase.agencyId) return false;
  return person.roles.some(
    (role) =>
      NEED_TO_KNOW.includes(role) &&
      (role !== 'department_head' || person.departmentId === theCase.departmentId),
  );
}

/**
 * An identifier or contact with its middle hidden, as Chinese forms show them
 * (110105********002X, 138****5678): enough to tell two apart, not enough to use.
 */
export function maskMiddle(value: string): string {
  const characters = [...value];
  if (characters.length <= 2) return '*'.repeat(characters.length);
  const keepStart = characters.length >= 15 ? 6 : characters.length >= 11 ? 3 : 1;
  const keepEnd = characters.length >= 11 ? 4 : 1;
  const hidden = Math.max(1, characters.length - keepStart - keepEnd);
  return (
    characters.slice(0, keepStart).join('') +
    '*'.repeat(hidden) +
    characters.slice(characters.length - keepEnd).join('')
  );
}

const MASKED_FIELDS = ['residentId', 'phone'] as const;

/** An address down to the district, the rest hidden (its length too). */
export function maskAddress(value: string): string {
  const characters = [...value];
  return characters.length <= 6 ? '****' : `${characters.slice(0, 6).join('')}****`;
}

/**
 * A party as shown to someone without need to know: identity numbers and phone with their
 * middle hidden, the address beyond the district hidden; names stay (the case is known by them).
 */
export function maskParty<T extends Readonly<Record<string, unknown>>>(party: T): T {
  const masked: Record<string, unknown> = { ...party };
  for (const field of MASKED_FIELDS) {
    const value = masked[field];
    if (typeof value === 'string') masked[field] = maskMiddle(value);
  }
  if (typeof masked.address === 'string') masked.address = maskAddress(masked.address);
  const document = masked.idDocument as { number?: unknown } | undefined;
  if (typeof document?.number === 'string') {
    masked.idDocument = { ...document, number: maskMiddle(document.number) };
  }
  return masked as T;
}
