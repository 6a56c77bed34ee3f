import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import {
  avRecords,
  caseEvents,
  caseOfficers,
  caseRecords,
  cases,
  importedFilePlacements,
  importedFiles,
  incidents,
} from '../db/schema.ts';

export type ImportedFileRow = typeof importedFiles.$inferSelect;
export type PlacementRow = typeof importedFilePlacements.$inferSelect;

export type ImportedFileStatus = 'matched' | 'unassigned' | 'registered' | 'dismissed' | 'incident';

export async function insertImportedFile(tx: DbOrTx, row: typeof importedFiles.$inferInsert) {
  const [inserted] = await tx.insert(importedFiles).values(row).returning();
  return inserted!;
}

export async function insertPlacement(tx: DbOrTx, row: typeof importedFilePlacements.$inferInsert) {
  const [inserted] = await tx.insert(importedFilePlacements).values(row).returning();
  return inserted!;
}

export async function findImportedFile(db: DbOrTx, id: string) {
  const [row] = await db.select().from(importedFiles).where(eq(importedFiles.id, id));
  return row;
}

export async function findImportedFileByObject(db: DbOrTx, agencyId: string, objectId: string) {
  const [row] = await db
    .select()
    .from(importedFiles)
    .where(and(eq(importedFiles.agencyId, agencyId), eq(importedFiles.evidenceObjectId, objectId)));
  return row;
}

export async function findImportedFiles(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(importedFiles)
    .where(inArray(importedFiles.id, [...ids]));
}

/** Newest first: the first is the file's current placement. */
export async function listPlacements(db: DbOrTx, fileIds: readonly string[]) {
  if (fileIds.length === 0) return [];
  return db
    .select()
    .from(importedFilePlacements)
    .where(inArray(importedFilePlacements.importedFileId, [...fileIds]))
    .orderBy(desc(importedFilePlacements.sequence));
}

/** The AV record made from each (case, object) pair, if one was. */
export async function registrations(
  db: DbOrTx,
  pairs: readonly { caseId: string; objectId: string }[],
) {
  if (pairs.length === 0) return new Map<string, string>();
  const rows = await db
    .selectDistinctOn([avRecords.caseId, avRecords.evidenceObjectId], {
      caseId: avRecords.caseId,
      objectId: avRecords.evidenceObjectId,
      avRecordId: avRecords.avRecordId,
    })
    .from(avRecords)
    .where(
      and(
        inArray(
          avRecords.caseId,
          pairs.map((pair) => pair.caseId),
        ),
        inArray(
          avRecords.evidenceObjectId,
          pairs.map((pair) => pair.objectId),
        ),
      ),
    );
  return new Map(rows.map((row) => [`${row.caseId}|${row.objectId}`, row.avRecordId]));
}

/** Joins each file `f` to its current placement `p`: the newest of its append-only history. */
const currentPlacement = sql`join lateral (
  select kind, case_id, incident_id from imported_file_placements
  where imported_file_id = f.id order by sequence desc limit 1
) p on true`;

const registered = sql`exists (select 1 from av_records a
  where a.case_id = p.case_id and a.evidence_object_id = f.evidence_object_id)`;

function statusCondition(status: ImportedFileStatus): SQL {
  switch (status) {
    case 'unassigned':
      return sql`p.kind = 'unmatched'`;
    case 'dismissed':
      return sql`p.kind = 'dismissed'`;
    case 'incident':
      return sql`p.kind = 'incident'`;
    case 'matched':
      return sql`p.case_id is not null and not ${registered}`;
    case 'registered':
      return sql`p.case_id is not null and ${registered}`;
  }
}

export interface ImportedFileFilter {
  readonly agencyId: string;
  readonly status?: ImportedFileStatus | undefined;
  readonly caseId?: string | undefined;
  readonly incidentId?: string | undefined;
  /** The reader's case scope (access/read-scope.ts): a file on a case he cannot read is not his to list. */
  readonly caseScope?: SQL | undefined;
  /** Keyset: files imported before this (time, id). */
  readonly before?: { readonly at: Date; readonly id: string } | undefined;
  readonly limit: number;
}

/**
 * Ids of the agency's imported files by their current placement (the newest entry of the
 * append-only history), newest import first.
 */
export async function listImportedFileIds(db: DbOrTx, filter: ImportedFileFilter) {
  const conditions: SQL[] = [sql`f.agency_id = ${filter.agencyId}`];
  if (filter.status !== undefined) conditions.push(statusCondition(filter.status));
  if (filter.caseId !== undefined) conditions.push(sql`p.case_id = ${filter.caseId}`);
  if (filter.incidentId !== undefined) {
    conditions.push(sql`p.incident_id = ${filter.incidentId}`);
  }
  if (filter.caseScope !== undefined) conditions.push(onReadableCase(filter.caseScope));
  if (filter.before !== undefined) {
    conditions.push(
      sql`(f.created_at, f.id) < (${filter.before.at.toISOString()}::timestamptz, ${filter.before.id}::uuid)`,
    );
  }
  const result = await db.execute(sql`
    select f.id from imported_files f
    ${currentPlacement}
    where ${sql.join(conditions, sql` and `)}
    order by f.created_at desc, f.id desc
    limit ${filter.limit}`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
}

/** A file in the inbox, or on a case within the scope: the case's number and name are its readers'. */
function onReadableCase(caseScope: SQL): SQL {
  return sql`(p.case_id is null or exists (select 1 from cases where cases.id = p.case_id and ${caseScope}))`;
}

/** How many of the agency's files stand where, by their current placement, as the reader may list them. */
export async function countByStatus(db: DbOrTx, agencyId: string, caseScope: SQL) {
  const result = await db.execute(sql`
    select
      count(*) filter (where p.kind = 'unmatched') as unassigned,
      count(*) filter (where p.kind = 'dismissed') as dismissed,
      count(*) filter (where p.kind = 'incident') as incident,
      count(*) filter (where p.case_id is not null and not ${registered}) as matched,
      count(*) filter (where p.case_id is not null and ${registered}) as registered
    from imported_files f
    ${currentPlacement}
    where f.agency_id = ${agencyId} and ${onReadableCase(caseScope)}`);
  const [row] = (result as unknown as { rows: Record<ImportedFileStatus, string | number>[] }).rows;
  return {
    unassigned: Number(row?.unassigned ?? 0),
    matched: Number(row?.matched ?? 0),
    registered: Number(row?.registered ?? 0),
    dismissed: Number(row?.dismissed ?? 0),
    incident: Number(row?.incident ?? 0),
  };
}

/** Files waiting for a person, and so for a deadline: the periodic refresh walks them. */
export async function unassignedFileIds(db: DbOrTx) {
  const result = await db.execute(sql`
    select f.id from imported_files f
    ${currentPlacement}
    where p.kind = 'unmatched'`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
}

/** The cases the holder works on that can still take a recording. */
export async function casesOfOfficer(db: DbOrTx, agencyId: string, userId: string) {
  return db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      createdAt: cases.createdAt,
    })
    .from(cases)
    .innerJoin(caseOfficers, eq(caseOfficers.caseId, cases.id))
    .where(
      and(
        eq(cases.agencyId, agencyId),
        eq(caseOfficers.userId, userId),
        ne(cases.stage, 'archived'),
        isNull(cases.closedInErrorAt),
      ),
    )
    .orderBy(asc(cases.caseNumber));
}

export async function concludedAt(db: DbOrTx, caseIds: readonly string[]) {
  if (caseIds.length === 0) return new Map<string, Date>();
  const rows = await db
    .select({ caseId: caseEvents.caseId, at: caseEvents.at })
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseId, [...caseIds]), eq(caseEvents.type, 'concluded')));
  return new Map(rows.map((row) => [row.caseId, row.at]));
}

export async function recordTimes(
  db: DbOrTx,
  caseIds: readonly string[],
  window: { from: Date; until: Date },
) {
  if (caseIds.length === 0) return [];
  return db
    .select({ caseId: caseRecords.caseId, madeAt: caseRecords.madeAt })
    .from(caseRecords)
    .where(
      and(
        inArray(caseRecords.caseId, [...caseIds]),
        gte(caseRecords.madeAt, window.from),
        lte(caseRecords.madeAt, window.until),
      ),
    );
}

export async function caseSummaries(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { id: string; caseNumber: string; name: string }>();
  const rows = await db
    .select({ id: cases.id, caseNumber: cases.caseNumber, name: cases.name })
    .from(cases)
    .where(inArray(cases.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}

export interface IncidentRef {
  readonly id: string;
  readonly name: string;
  readonly kind: (typeof incidents.$inferSelect)['kind'];
}

export async function incidentSummaries(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, IncidentRef>();
  const rows = await db
    .select({ id: incidents.id, name: incidents.name, kind: incidents.kind })
    .from(incidents)
    .where(inArray(incidents.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}
