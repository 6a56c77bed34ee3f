import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read off paper is typed back right. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;

/**
 * The code printed under a document's QR code: 60 random bits, so that codes cannot be
 * guessed to walk the public verification page through an agency's documents.
 */
export function newVerificationCode(): string {
  const bytes = randomBytes(LENGTH);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code;
}

/** As printed: three groups of four (7KQ2-M9XD-4T0B). */
export function printedVerificationCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}

/** A code as someone typed it: case, dashes and spaces ignored, O→0 and I/L→1 as Crockford reads. */
export function normalizeVerificationCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(code) ? code : null;
}
