import { and, asc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { evidenceObjects, integrityScrubState } from '../db/schema.ts';

export type ScrubStateRow = typeof integrityScrubState.$inferSelect;

export const EVIDENCE_SCRUB = 'evidence';

export async function readScrubState(db: DbOrTx): Promise<ScrubStateRow | undefined> {
  const [row] = await db
    .select()
    .from(integrityScrubState)
    .where(eq(integrityScrubState.name, EVIDENCE_SCRUB));
  return row;
}

/**
 * Claims the scrub for this server until `until`, or renews its own claim: of several
 * servers on one database one re-hashes at a time, and a crashed one's claim runs out.
 */
export async function claimScrub(
  db: DbOrTx,
  owner: string,
  now: Date,
  until: Date,
): Promise<ScrubStateRow | undefined> {
  await db
    .insert(integrityScrubState)
    .values({ name: EVIDENCE_SCRUB, updatedAt: now })
    .onConflictDoNothing();
  const [row] = await db
    .update(integrityScrubState)
    .set({ leaseOwner: owner, leaseUntil: until })
    .where(
      and(
        eq(integrityScrubState.name, EVIDENCE_SCRUB),
        or(
          isNull(integrityScrubState.leaseUntil),
          lt(integrityScrubState.leaseUntil, now),
          eq(integrityScrubState.leaseOwner, owner),
        ),
      ),
    )
    .returning();
  return row;
}

export async function releaseScrub(db: DbOrTx, owner: string) {
  await db
    .update(integrityScrubState)
    .set({ leaseOwner: null, leaseUntil: null })
    .where(
      and(eq(integrityScrubState.name, EVIDENCE_SCRUB), eq(integrityScrubState.leaseOwner, owner)),
    );
}

export async function startPass(db: DbOrTx, at: Date) {
  await db
    .update(integrityScrubState)
    .set({
      passStartedAt: at,
      cursor: null,
      objectsChecked: 0,
      bytesChecked: 0,
      objectsFailed: 0,
      updatedAt: at,
    })
    .where(eq(integrityScrubState.name, EVIDENCE_SCRUB));
}

/** One storage key done: the cursor moves past it, durably, before the next begins. */
export async function advance(
  db: DbOrTx,
  progress: { cursor: string; bytes: number; failed: number; at: Date },
) {
  await db
    .update(integrityScrubState)
    .set({
      cursor: progress.cursor,
      objectsChecked: sql`${integrityScrubState.objectsChecked} + 1`,
      bytesChecked: sql`${integrityScrubState.bytesChecked} + ${progress.bytes}`,
      objectsFailed: sql`${integrityScrubState.objectsFailed} + ${progress.failed}`,
      updatedAt: progress.at,
    })
    .where(eq(integrityScrubState.name, EVIDENCE_SCRUB));
}

export async function finishPass(db: DbOrTx, at: Date) {
  await db
    .update(integrityScrubState)
    .set({
      lastPassStartedAt: sql`${integrityScrubState.passStartedAt}`,
      lastPassFinishedAt: at,
      lastPassObjects: sql`${integrityScrubState.objectsChecked}`,
      lastPassBytes: sql`${integrityScrubState.bytesChecked}`,
      lastPassFailed: sql`${integrityScrubState.objectsFailed}`,
      passStartedAt: null,
      cursor: null,
      updatedAt: at,
    })
    .where(eq(integrityScrubState.name, EVIDENCE_SCRUB));
}

/** The next storage keys after `cursor`, in key order, with every row holding those bytes. */
export async function nextObjects(db: DbOrTx, cursor: string | null, keys: number) {
  const page = await db
    .selectDistinct({ storageKey: evidenceObjects.storageKey })
    .from(evidenceObjects)
    .where(cursor === null ? undefined : gt(evidenceObjects.storageKey, cursor))
    .orderBy(asc(evidenceObjects.storageKey))
    .limit(keys);
  if (page.length === 0) return [];
  const rows = await db
    .select()
    .from(evidenceObjects)
    .where(
      inArray(
        evidenceObjects.storageKey,
        page.map((p) => p.storageKey),
      ),
    );
  const byKey = Map.groupBy(rows, (row) => row.storageKey);
  return page.map((p) => ({ storageKey: p.storageKey, objects: byKey.get(p.storageKey) ?? [] }));
}

export async function countStorageKeys(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${evidenceObjects.storageKey})::int` })
    .from(evidenceObjects);
  return Number(row?.n ?? 0);
}

export const ROW_CHECK = 'rows';

/** The last full row check: when, how many rows, how many did not match. */
export async function recordRowCheck(
  db: DbOrTx,
  run: { startedAt: Date; finishedAt: Date; rows: number; failed: number },
) {
  const values = {
    lastPassStartedAt: run.startedAt,
    lastPassFinishedAt: run.finishedAt,
    lastPassObjects: run.rows,
    lastPassFailed: run.failed,
    updatedAt: run.finishedAt,
  };
  await db
    .insert(integrityScrubState)
    .values({ name: ROW_CHECK, ...values })
    .onConflictDoUpdate({ target: integrityScrubState.name, set: values });
}

export async function readRowCheck(db: DbOrTx): Promise<ScrubStateRow | undefined> {
  const [row] = await db
    .select()
    .from(integrityScrubState)
    .where(eq(integrityScrubState.name, ROW_CHECK));
  return row;
}
