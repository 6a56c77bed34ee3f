import { sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password-hashing.ts';
import { newOneTimePassword } from '../auth/secrets.ts';
import type { Db } from '../db/database.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { countUsers, insertUser } from './users.repository.ts';

export const BOOTSTRAP_ADMIN_USERNAME = 'admin';
const BOOTSTRAP_LOCK_KEY = 0x424f4f54; // "BOOT"

/**
 * On the first start of an empty database: one platform administrator with a random
 * one-time password, returned so that the caller prints it once. Several servers starting
 * together on one PostgreSQL create exactly one (advisory lock). No fixed default exists.
 */
export async function bootstrapAdministrator(
  db: Db,
  ledger: Ledger,
): Promise<{ username: string; oneTimePassword: string } | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return ledger.transaction(async (tx, record) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${BOOTSTRAP_LOCK_KEY})`);
    if ((await countUsers(tx)) > 0) return undefined;
    const admin = await insertUser(tx, {
      username: BOOTSTRAP_ADMIN_USERNAME,
      displayName: '系统管理员',
      roles: ['admin'],
      passwordHash,
      mustChangePassword: true,
    });
    await record({
      action: 'identity.administrator_bootstrapped',
      agencyId: null,
      actor: { type: 'system', component: 'first-start' },
      target: { type: 'user', id: admin.id },
      data: { username: BOOTSTRAP_ADMIN_USERNAME },
    });
    return { username: BOOTSTRAP_ADMIN_USERNAME, oneTimePassword };
  });
}
