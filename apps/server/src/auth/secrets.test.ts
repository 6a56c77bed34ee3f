import { checkPassword } from '@liuhen/domain';
import { describe, expect, it } from 'vitest';
import { hashToken, newOneTimePassword, newSessionToken } from './secrets.ts';

describe('one-time passwords', () => {
  it('always satisfy the password policy and avoid look-alike characters', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const password = newOneTimePassword();
      expect(checkPassword(password)).toEqual([]);
      expect(password).not.toMatch(/[0O1lI]/);
      seen.add(password);
    }
    expect(seen.size).toBe(500);
  });
});

describe('session tokens', () => {
  it('are long, random, and stored only as a hash', () => {
    const token = newSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSessionToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });
});
