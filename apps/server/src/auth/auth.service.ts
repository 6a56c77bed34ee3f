import { checkPassword, normalizeUsername, PASSWORD_PROBLEM_MESSAGES } from '@liuhen/domain';
import type { Db } from '../db/database.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { eventActor, type Actor } from './actor.ts';
import { problems } from '../http/problem.ts';
import {
  findUserById,
  findUserByUsername,
  updateUser,
  type UserRow,
} from '../identity/users.repository.ts';
import { IpRateLimiter } from './ip-rate-limiter.ts';
import {
  clearThrottle,
  findThrottle,
  lockUntil,
  recordFailure,
} from './login-throttle.repository.ts';
import {
  LOGIN_FAILURE_WINDOW_MS,
  LOGIN_LOCK_MS,
  LOGIN_MAX_FAILURES,
  PASSWORD_CHANGE_MAX_FAILURES,
  passwordChangeThrottleKey,
} from './login-policy.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password-hashing.ts';
import { hashToken, newCsrfToken, newSessionToken } from './secrets.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  findLiveSessionWithUser,
  insertSession,
} from './sessions.repository.ts';

export interface AuthServiceOptions {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly sessionTtlMs: number;
  /** Per client address across all login names: slows password spraying. */
  readonly loginRateLimitPerMinute: number;
  readonly now: () => Date;
}

export interface ClientInfo {
  readonly ip: string;
  readonly userAgent: string | undefined;
}

export interface SignedIn {
  readonly sessionToken: string;
  readonly csrfToken: string;
  readonly user: UserRow;
  readonly expiresAt: Date;
}

export function createAuthService({
  db,
  ledger,
  sessionTtlMs,
  loginRateLimitPerMinute,
  now,
}: AuthServiceOptions) {
  const ipLimiter = new IpRateLimiter(loginRateLimitPerMinute, 60_000);

  async function login(
    rawUsername: string,
    password: string,
    client: ClientInfo,
  ): Promise<SignedIn> {
    const at = now();
    const waitSeconds = ipLimiter.take(client.ip, at.getTime());
    if (waitSeconds > 0) throw problems.accountLocked(waitSeconds);

    const usernameKey = normalizeUsername(rawUsername);
    const throttle = await findThrottle(db, usernameKey);
    if (throttle?.lockedUntil && throttle.lockedUntil > at) {
      throw problems.accountLocked((throttle.lockedUntil.getTime() - at.getTime()) / 1000);
    }

    const user = await findUserByUsername(db, usernameKey);
    // Without a user we still spend one hash, so timing does not reveal who exists.
    const valid = user
      ? await verifyPassword(password, user.passwordHash)
      : await verifyPassword(password, await decoyPasswordHash()).then(() => false);

    // Attempts that tested a password are recorded; refusals before that (address limit,
    // name already locked) are not, so a flood cannot flood the ledger.
    const recordFailed = (reason: 'invalid_credentials' | 'locked' | 'deactivated') =>
      ledger.append({
        action: 'auth.login_failed',
        agencyId: user?.agencyId ?? null,
        actor: { type: 'anonymous', ip: client.ip },
        target: user ? { type: 'user', id: user.id } : null,
        data: { username: usernameKey.slice(0, 64), reason, ip: client.ip },
      });
    if (!valid) {
      const windowStart = new Date(at.getTime() - LOGIN_FAILURE_WINDOW_MS);
      const failures = await recordFailure(db, usernameKey, at, windowStart);
      if (failures >= LOGIN_MAX_FAILURES) {
        await lockUntil(db, usernameKey, new Date(at.getTime() + LOGIN_LOCK_MS));
        await recordFailed('locked');
        throw problems.accountLocked(LOGIN_LOCK_MS / 1000);
      }
      await recordFailed('invalid_credentials');
      throw problems.invalidCredentials();
    }
    if (!user!.active) {
      await recordFailed('deactivated');
      throw problems.accountDeactivated();
    }

    const sessionToken = newSessionToken();
    const csrfToken = newCsrfToken();
    const expiresAt = new Date(at.getTime() + sessionTtlMs);
    const signedInUser = await ledger.transaction(async (tx, record) => {
      await record({
        action: 'auth.login_succeeded',
        agencyId: user!.agencyId,
        actor: { type: 'user', id: user!.id, username: user!.username },
        target: { type: 'user', id: user!.id },
        data: { ip: client.ip },
      });
      await clearThrottle(tx, usernameKey);
      await deleteExpiredSessions(tx, at);
      await insertSession(tx, {
        tokenHash: hashToken(sessionToken),
        userId: user!.id,
        csrfToken,
        createdAt: at,
        expiresAt,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 500) ?? null,
      });
      return updateUser(tx, user!.id, { lastLoginAt: at });
    });
    return { sessionToken, csrfToken, user: signedInUser, expiresAt };
  }

  /** The live session for a cookie token, or undefined (expired, logged out, deactivated). */
  async function resolveSession(sessionToken: string) {
    const row = await findLiveSessionWithUser(db, hashToken(sessionToken), now());
    if (!row || !row.user.active) return undefined;
    return row;
  }

  async function logout(sessionToken: string, actor: Actor) {
    await ledger.transaction(async (tx, record) => {
      await deleteSession(tx, hashToken(sessionToken));
      await record({
        action: 'auth.logged_out',
        agencyId: actor.agencyId,
        actor: eventActor(actor),
        target: { type: 'user', id: actor.id },
        data: {},
      });
    });
  }

  async function changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    keepSessionToken: string,
    client: ClientInfo,
  ) {
    const user = await findUserById(db, userId);
    if (!user) throw problems.unauthenticated();
    const at = now();
    const throttleKey = passwordChangeThrottleKey(user.id);
    const throttle = await findThrottle(db, throttleKey);
    if (throttle?.lockedUntil && throttle.lockedUntil > at) {
      throw problems.passwordChangeLocked((throttle.lockedUntil.getTime() - at.getTime()) / 1000);
    }
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      // A stolen session must not become an unlimited oracle for the password itself.
      const windowStart = new Date(at.getTime() - LOGIN_FAILURE_WINDOW_MS);
      const failures = await recordFailure(db, throttleKey, at, windowStart);
      const locked = failures >= PASSWORD_CHANGE_MAX_FAILURES;
      if (locked) await lockUntil(db, throttleKey, new Date(at.getTime() + LOGIN_LOCK_MS));
      await ledger.append({
        action: 'auth.password_change_failed',
        agencyId: user.agencyId,
        actor: { type: 'user', id: user.id, username: user.username },
        target: { type: 'user', id: user.id },
        data: { reason: locked ? 'locked' : 'wrong_current_password', ip: client.ip },
      });
      if (locked) throw problems.passwordChangeLocked(LOGIN_LOCK_MS / 1000);
      throw problems.validation([{ name: 'body.currentPassword', reason: '当前密码不正确' }]);
    }
    const policyProblems = checkPassword(newPassword, user.username);
    if (policyProblems.length > 0) {
      throw problems.validation(
        policyProblems.map((problem) => ({
          name: 'body.newPassword',
          reason: PASSWORD_PROBLEM_MESSAGES[problem],
        })),
      );
    }
    if (await verifyPassword(newPassword, user.passwordHash)) {
      throw problems.validation([{ name: 'body.newPassword', reason: '新密码不能与当前密码相同' }]);
    }
    const passwordHash = await hashPassword(newPassword);
    const keep = await findLiveSessionWithUser(db, hashToken(keepSessionToken), now());
    return ledger.transaction(async (tx, record) => {
      await record({
        action: 'auth.password_changed',
        agencyId: user.agencyId,
        actor: { type: 'user', id: user.id, username: user.username },
        target: { type: 'user', id: user.id },
        data: {},
      });
      const updated = await updateUser(tx, userId, { passwordHash, mustChangePassword: false });
      await clearThrottle(tx, throttleKey);
      // Every other session of this user ends: whoever knew the old password is out.
      await deleteSessionsOfUser(tx, userId);
      if (keep) await insertSession(tx, keep.session);
      return updated;
    });
  }

  return { login, resolveSession, logout, changePassword };
}

export type AuthService = ReturnType<typeof createAuthService>;
