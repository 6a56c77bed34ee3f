import { normalizeUsername } from '@liuhen/domain';
import { hashPassword } from '../auth/password-hashing.ts';
import { clearThrottle } from '../auth/login-throttle.repository.ts';
import { newOneTimePassword } from '../auth/secrets.ts';
import { deleteSessionsOfUser } from '../auth/sessions.repository.ts';
import type { Db } from '../db/database.ts';
import { findUserByUsername, updateUser } from './users.repository.ts';

/**
 * For whoever runs the server when no administrator can sign in (the only one forgot the
 * password): a new one-time password, the account re-activated, lockout lifted.
 * Reachable only from the machine's command line, never over HTTP.
 */
export async function recoverAccess(db: Db, rawUsername: string) {
  const username = normalizeUsername(rawUsername);
  const user = await findUserByUsername(db, username);
  if (!user) return undefined;
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await db.transaction(async (tx) => {
    await deleteSessionsOfUser(tx, user.id);
    await clearThrottle(tx, username);
    await updateUser(tx, user.id, {
      passwordHash,
      mustChangePassword: true,
      active: true,
      deactivatedAt: null,
    });
  });
  return { username, oneTimePassword };
}
