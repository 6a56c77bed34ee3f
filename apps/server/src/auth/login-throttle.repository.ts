import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { loginThrottle } from '../db/schema.ts';

export async function findThrottle(db: DbOrTx, usernameKey: string) {
  const [row] = await db
    .select()
    .from(loginThrottle)
    .where(eq(loginThrottle.usernameKey, usernameKey));
  return row;
}

/**
 * Counts one failure atomically (two wrong guesses at once both count) and returns the
 * new count; failures older than the window start a fresh count.
 */
export async function recordFailure(
  db: DbOrTx,
  usernameKey: string,
  now: Date,
  windowStart: Date,
): Promise<number> {
  const [row] = await db
    .insert(loginThrottle)
    .values({ usernameKey, failedCount: 1, lastFailedAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.usernameKey,
      set: {
        failedCount: sql`case when ${loginThrottle.lastFailedAt} < ${windowStart.toISOString()}::timestamptz
          or ${loginThrottle.lockedUntil} is not null then 1 else ${loginThrottle.failedCount} + 1 end`,
        lockedUntil: sql`null`,
        lastFailedAt: now,
      },
    })
    .returning({ failedCount: loginThrottle.failedCount });
  return row?.failedCount ?? 1;
}

export async function lockUntil(db: DbOrTx, usernameKey: string, until: Date) {
  await db
    .update(loginThrottle)
    .set({ lockedUntil: until })
    .where(eq(loginThrottle.usernameKey, usernameKey));
}

export async function clearThrottle(db: DbOrTx, usernameKey: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.usernameKey, usernameKey));
}
