import { createHash, randomBytes, randomInt } from 'node:crypto';
import { checkPassword } from '@liuhen/domain';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** No 0/O, 1/l/I: the password is read off a screen and typed by hand. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
const SYMBOLS = '-_#@%';

/** A one-time password: 16 characters in groups of four, which the user must change. */
export function newOneTimePassword(): string {
  for (;;) {
    const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
    const groups = [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join(''));
    const candidate = groups.join(SYMBOLS[randomInt(SYMBOLS.length)]);
    if (checkPassword(candidate).length === 0 && /[0-9]/.test(candidate)) return candidate;
  }
}
