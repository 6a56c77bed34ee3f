import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { integrityAlarms } from '../db/schema.ts';

export type AlarmRow = typeof integrityAlarms.$inferSelect;

export interface AlarmInput {
  readonly subjectType: string;
  readonly subjectId: string;
  readonly agencyId: string | null;
  readonly problem: string;
  readonly details: Record<string, unknown>;
  readonly at: Date;
}

/**
 * Records a finding; true when it is news (first seen, or seen again after it was cleared),
 * which is when the ledger and the log hear of it. A subject found again while its alarm is
 * open only moves `last_detected_at`.
 */
export async function upsertAlarm(db: DbOrTx, input: AlarmInput): Promise<boolean> {
  const [existing] = await db
    .select()
    .from(integrityAlarms)
    .where(
      and(
        eq(integrityAlarms.subjectType, input.subjectType),
        eq(integrityAlarms.subjectId, input.subjectId),
      ),
    );
  if (existing === undefined) {
    const inserted = await db
      .insert(integrityAlarms)
      .values({
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        agencyId: input.agencyId,
        problem: input.problem,
        details: input.details,
        firstDetectedAt: input.at,
        lastDetectedAt: input.at,
      })
      .onConflictDoNothing()
      .returning({ id: integrityAlarms.id });
    return inserted.length > 0;
  }
  await db
    .update(integrityAlarms)
    .set({
      problem: input.problem,
      details: input.details,
      lastDetectedAt: input.at,
      clearedAt: null,
    })
    .where(eq(integrityAlarms.id, existing.id));
  return existing.clearedAt !== null;
}

/** Closes the subject's open alarm; true when there was one. */
export async function clearAlarm(db: DbOrTx, subjectType: string, subjectId: string, at: Date) {
  const cleared = await db
    .update(integrityAlarms)
    .set({ clearedAt: at })
    .where(
      and(
        eq(integrityAlarms.subjectType, subjectType),
        eq(integrityAlarms.subjectId, subjectId),
        isNull(integrityAlarms.clearedAt),
      ),
    )
    .returning({ id: integrityAlarms.id });
  return cleared.length > 0;
}

/** Open alarms, oldest first; `agencyIds` limits them to those agencies' subjects. */
export async function listOpenAlarms(
  db: DbOrTx,
  options: { readonly agencyIds?: readonly string[]; readonly subjectType?: string } = {},
): Promise<AlarmRow[]> {
  const conditions = [isNull(integrityAlarms.clearedAt)];
  if (options.agencyIds !== undefined) {
    conditions.push(
      inArray(integrityAlarms.agencyId, [
        ...options.agencyIds,
        '00000000-0000-0000-0000-000000000000',
      ]),
    );
  }
  if (options.subjectType !== undefined) {
    conditions.push(eq(integrityAlarms.subjectType, options.subjectType));
  }
  return db
    .select()
    .from(integrityAlarms)
    .where(and(...conditions))
    .orderBy(asc(integrityAlarms.id));
}

export async function openAlarmFor(
  db: DbOrTx,
  subjects: readonly { readonly subjectType: string; readonly subjectId: string }[],
): Promise<AlarmRow | undefined> {
  if (subjects.length === 0) return undefined;
  const [row] = await db
    .select()
    .from(integrityAlarms)
    .where(
      and(
        isNull(integrityAlarms.clearedAt),
        or(
          ...subjects.map((s) =>
            and(
              eq(integrityAlarms.subjectType, s.subjectType),
              eq(integrityAlarms.subjectId, s.subjectId),
            ),
          ),
        ),
      ),
    )
    .limit(1);
  return row;
}
