import { normalizeUsername } from '@liuhen/domain';
import { hashPassword } from '../auth/password-hashing.ts';
import { clearThrottle } from '../auth/login-throttle.repository.ts';
import { newOneTimePassword } from '../auth/secrets.ts';
import { deleteSessionsOfUser } from '../auth/sessions.repository.ts';
import type { Db } from '../db/database.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { findUserByUsername, updateUser } from './users.repository.ts';

/**
 * For whoever runs the server when no administrator can sign in (the only one forgot the
 * password): a new one-time password, the account re-activated, lockout lifted.
 * Reachable only from the machine's command line, never over HTTP.
 */
export async function recoverAccess(db: Db, ledger: Ledger, rawUsername: string) {
  const username = normalizeUsername(rawUsername);
  const user = await findUserByUsername(db, username);
  if (!user) return undefined;
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await ledger.transaction(async (tx, record) => {
    await record({
      action: 'identity.access_recovered',
      agencyId: user.agencyId,
      actor: { type: 'system', component: 'cli' },
      target: { type: 'user', id: user.id },
      data: { username },
    });
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
