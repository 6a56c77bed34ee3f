import { describe, expect, it } from 'vitest';
import { ACCESS_VALID_MS, createAccessTokens } from './access-tokens.ts';

const USER = '2f1c8d7e-0000-4000-8000-000000000001';
const OTHER = '2f1c8d7e-0000-4000-8000-000000000002';
const at = new Date('2026-03-01T08:00:00Z');

describe('access tokens', () => {
  const tokens = createAccessTokens();
  const { token } = tokens.issue(
    { subject: 'record_attachment:a', userId: USER, purpose: 'view' },
    at,
  );

  it('open only their subject, for their user, until they expire', () => {
    expect(
      tokens.verify(token, { subject: 'record_attachment:a', userId: USER }, at),
    ).toMatchObject({ purpose: 'view' });
    // The same id under another kind (a recording) is another subject.
    expect(tokens.verify(token, { subject: 'av_record:a', userId: USER }, at)).toBeUndefined();
    expect(
      tokens.verify(token, { subject: 'record_attachment:b', userId: USER }, at),
    ).toBeUndefined();
    expect(
      tokens.verify(token, { subject: 'record_attachment:a', userId: OTHER }, at),
    ).toBeUndefined();
    const later = new Date(at.getTime() + ACCESS_VALID_MS);
    expect(
      tokens.verify(token, { subject: 'record_attachment:a', userId: USER }, later),
    ).toBeUndefined();
  });

  it('refuse a changed payload, a token of another server and garbage', () => {
    const [payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, userId: OTHER })).toString('base64url');
    const expected = { subject: 'record_attachment:a', userId: OTHER };
    expect(tokens.verify(`${forged}.${signature}`, expected, at)).toBeUndefined();
    const elsewhere = createAccessTokens().issue({ ...claims, userId: OTHER }, at).token;
    expect(tokens.verify(elsewhere, expected, at)).toBeUndefined();
    expect(tokens.verify('x.y', expected, at)).toBeUndefined();
    expect(tokens.verify('nodot', expected, at)).toBeUndefined();
  });
});
