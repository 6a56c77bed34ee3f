import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type AccessPurpose = 'view' | 'download';

/** The permission a purpose needs (@liuhen/domain access policy). */
export const evidencePermission = (purpose: AccessPurpose) =>
  purpose === 'view' ? ('evidence:view' as const) : ('evidence:download' as const);

interface AccessClaims {
  /** What the access was granted to, e.g. `av_record:<id>` or `record_attachment:<id>`. */
  readonly subject: string;
  readonly userId: string;
  readonly purpose: AccessPurpose;
  /** A download's marked copy (its file in the copies folder): what the link serves. */
  readonly copyFile?: string;
  readonly expiresAt: number;
}

/** Long enough to watch an hour-long recording with pauses, short enough to not be a link to share. */
export const ACCESS_VALID_MS = 2 * 60 * 60_000;

/**
 * Tokens that prove a view or download of stored evidence (a recording, an attachment) was
 * put on the ledger, with who and why, before the bytes are served. A video element fetches
 * many ranges; the access is recorded once, when the token is issued, and each range
 * request still needs the same signed-in user. The subject names the kind of thing as well
 * as its id, so a token for one kind never opens another.
 */
export function createAccessTokens(secret: Buffer = randomBytes(32)) {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest();

  function issue(claims: Omit<AccessClaims, 'expiresAt'>, now: Date) {
    const expiresAt = now.getTime() + ACCESS_VALID_MS;
    const payload = Buffer.from(JSON.stringify({ ...claims, expiresAt })).toString('base64url');
    return {
      token: `${payload}.${sign(payload).toString('base64url')}`,
      expiresAt: new Date(expiresAt),
    };
  }

  return {
    issue,

    /** The content route's address with a fresh token, as the access routes answer it. */
    grant(claims: Omit<AccessClaims, 'expiresAt'>, contentPath: string, now: Date) {
      const { token, expiresAt } = issue(claims, now);
      const query = new URLSearchParams({ access: token });
      return { url: `${contentPath}?${query.toString()}`, expiresAt: expiresAt.toISOString() };
    },

    /** The claims, when the token is genuine, unexpired and for this user and subject. */
    verify(
      token: string,
      expected: { subject: string; userId: string },
      now: Date,
    ): AccessClaims | undefined {
      const [payload, signature] = token.split('.');
      if (payload === undefined || signature === undefined) return undefined;
      const given = Buffer.from(signature, 'base64url');
      const wanted = sign(payload);
      if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return undefined;
      let claims: AccessClaims;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessClaims;
      } catch {
        return undefined;
      }
      if (claims.subject !== expected.subject || claims.userId !== expected.userId) {
        return undefined;
      }
      return claims.expiresAt > now.getTime() ? claims : undefined;
    },
  };
}
export type AccessTokens = ReturnType<typeof createAccessTokens>;
