import { and, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { importedFilePlacements, incidents } from '../db/schema.ts';

export type IncidentRow = typeof incidents.$inferSelect;

export async function insertIncident(tx: DbOrTx, row: typeof incidents.$inferInsert) {
  const [inserted] = await tx.insert(incidents).values(row).returning();
  return inserted!;
}

export async function findIncident(db: DbOrTx, id: string) {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, id));
  return row;
}

/** Locks the incident for the transaction: one placement at a time numbers its recordings. */
export async function lockIncident(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(incidents).where(eq(incidents.id, id)).for('update');
  return row;
}

/** The agency's incidents, newest registration first, by keyset; `q` a part of the name. */
export async function listIncidents(
  db: DbOrTx,
  filter: {
    readonly agencyId: string;
    readonly q?: string | undefined;
    readonly before?: { readonly at: Date; readonly id: string } | undefined;
    readonly limit: number;
  },
) {
  const conditions: SQL[] = [eq(incidents.agencyId, filter.agencyId)];
  if (filter.q !== undefined && filter.q !== '') {
    conditions.push(sql`strpos(lower(${incidents.name}), lower(${filter.q})) > 0`);
  }
  if (filter.before !== undefined) {
    conditions.push(
      sql`(${incidents.registeredAt}, ${incidents.id}) < (${filter.before.at.toISOString()}::timestamptz, ${filter.before.id}::uuid)`,
    );
  }
  return db
    .select()
    .from(incidents)
    .where(and(...conditions))
    .orderBy(desc(incidents.registeredAt), desc(incidents.id))
    .limit(filter.limit);
}

/** How many imported files are on each incident now (their newest placement). */
export async function recordingCounts(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const result = await db.execute(sql`
    select p.incident_id as id, count(*) as n from imported_files f
    join lateral (
      select incident_id from imported_file_placements
      where imported_file_id = f.id order by sequence desc limit 1
    ) p on true
    where p.incident_id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    group by p.incident_id`);
  const rows = (result as unknown as { rows: { id: string; n: string | number }[] }).rows;
  return new Map(rows.map((row) => [row.id, Number(row.n)]));
}

/** Every name given on the incident so far, for the next recording's number. */
export async function namesGivenOn(tx: DbOrTx, incidentId: string) {
  const rows = await tx
    .select({ name: importedFilePlacements.storedName })
    .from(importedFilePlacements)
    .where(
      and(
        eq(importedFilePlacements.incidentId, incidentId),
        isNotNull(importedFilePlacements.storedName),
      ),
    );
  return rows.map((row) => row.name!);
}
