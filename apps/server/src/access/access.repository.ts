import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { AccessGrantFacts, Permission } from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import {
  accessDecisions,
  accessRequests,
  accessRevocations,
  avRecords,
  caseRecords,
  issuedDocuments,
  recordAttachments,
  supervisions,
} from '../db/schema.ts';

export type AccessRequestRow = typeof accessRequests.$inferSelect;
export type AccessDecisionRow = typeof accessDecisions.$inferSelect;
export type AccessRevocationRow = typeof accessRevocations.$inferSelect;

export async function supervisedAgencyIds(db: DbOrTx, supervisorId: string): Promise<string[]> {
  const rows = await db
    .select({ agencyId: supervisions.agencyId })
    .from(supervisions)
    .where(eq(supervisions.supervisorId, supervisorId));
  return rows.map((row) => row.agencyId);
}

/** A request with its decision and revocation, if any. */
export interface AccessRequestState {
  readonly request: AccessRequestRow;
  readonly decision: AccessDecisionRow | null;
  readonly revocation: AccessRevocationRow | null;
}

async function withOutcomes(
  db: DbOrTx,
  requests: AccessRequestRow[],
): Promise<AccessRequestState[]> {
  if (requests.length === 0) return [];
  const ids = requests.map((row) => row.id);
  const decisions = new Map(
    (await db.select().from(accessDecisions).where(inArray(accessDecisions.requestId, ids))).map(
      (row) => [row.requestId, row],
    ),
  );
  const revocations = new Map(
    (
      await db.select().from(accessRevocations).where(inArray(accessRevocations.requestId, ids))
    ).map((row) => [row.requestId, row]),
  );
  return requests.map((request) => ({
    request,
    decision: decisions.get(request.id) ?? null,
    revocation: revocations.get(request.id) ?? null,
  }));
}

export function grantOf(state: AccessRequestState): AccessGrantFacts | undefined {
  const { request, decision, revocation } = state;
  if (decision === null || !decision.approved || decision.validUntil === null) return undefined;
  return {
    id: request.id,
    granteeId: request.granteeId,
    caseId: request.caseId,
    subjectIds: request.subjectIds,
    permissions: request.permissions as Permission[],
    validFrom: decision.decidedAt.toISOString(),
    validUntil: decision.validUntil.toISOString(),
    ...(revocation === null ? {} : { revokedAt: revocation.revokedAt.toISOString() }),
  };
}

/** The person's 当事人复制 requests on the case, with their decisions (a copy for a party). */
export async function partyCopyRequestsOf(db: DbOrTx, personId: string, caseId: string) {
  const requests = await db
    .select()
    .from(accessRequests)
    .where(
      and(
        eq(accessRequests.granteeId, personId),
        eq(accessRequests.caseId, caseId),
        eq(accessRequests.kind, 'party_copy'),
      ),
    );
  return withOutcomes(db, requests);
}

/** The person's approved grants on the case, in force or not (the policy tells). */
export async function grantsOn(db: DbOrTx, personId: string, caseId: string) {
  const requests = await db
    .select()
    .from(accessRequests)
    .where(and(eq(accessRequests.granteeId, personId), eq(accessRequests.caseId, caseId)));
  return (await withOutcomes(db, requests)).flatMap((state) => {
    const grant = grantOf(state);
    return grant === undefined ? [] : [grant];
  });
}

export async function insertRequest(tx: DbOrTx, row: typeof accessRequests.$inferInsert) {
  const [inserted] = await tx.insert(accessRequests).values(row).returning();
  return inserted!;
}

export async function insertDecision(tx: DbOrTx, row: typeof accessDecisions.$inferInsert) {
  const [inserted] = await tx.insert(accessDecisions).values(row).returning();
  return inserted!;
}

export async function insertRevocation(tx: DbOrTx, row: typeof accessRevocations.$inferInsert) {
  const [inserted] = await tx.insert(accessRevocations).values(row).returning();
  return inserted!;
}

export async function findRequestState(db: DbOrTx, id: string) {
  const [request] = await db.select().from(accessRequests).where(eq(accessRequests.id, id));
  if (request === undefined) return undefined;
  const [state] = await withOutcomes(db, [request]);
  return state;
}

/** Serialises decisions and revocations of one request. */
export async function lockRequest(tx: DbOrTx, id: string) {
  const [request] = await tx
    .select()
    .from(accessRequests)
    .where(eq(accessRequests.id, id))
    .for('update');
  return request;
}

export async function requestsOfCase(db: DbOrTx, caseId: string) {
  const requests = await db
    .select()
    .from(accessRequests)
    .where(eq(accessRequests.caseId, caseId))
    .orderBy(desc(accessRequests.createdAt));
  return withOutcomes(db, requests);
}

/** Requests the person made or is the grantee of. */
export async function requestsBy(db: DbOrTx, personId: string) {
  const requests = await db
    .select()
    .from(accessRequests)
    .where(or(eq(accessRequests.requesterId, personId), eq(accessRequests.granteeId, personId)))
    .orderBy(desc(accessRequests.createdAt))
    .limit(200);
  return withOutcomes(db, requests);
}

/** Undecided requests of the agency, for the approvers to filter by their reach. */
export async function pendingOfAgency(db: DbOrTx, agencyId: string) {
  const requests = await db
    .select()
    .from(accessRequests)
    .where(eq(accessRequests.agencyId, agencyId))
    .orderBy(desc(accessRequests.createdAt))
    .limit(500);
  return (await withOutcomes(db, requests)).filter((state) => state.decision === null);
}

/** Ids a grant may be limited to: the case's records, recordings, attachments and documents. */
export async function caseMaterialIds(db: DbOrTx, caseId: string) {
  const [records, recordings, attachments, documents] = await Promise.all([
    db.select({ id: caseRecords.id }).from(caseRecords).where(eq(caseRecords.caseId, caseId)),
    db
      .selectDistinct({ id: avRecords.avRecordId })
      .from(avRecords)
      .where(eq(avRecords.caseId, caseId)),
    db
      .select({ id: recordAttachments.id })
      .from(recordAttachments)
      .where(eq(recordAttachments.caseId, caseId)),
    db
      .select({ id: issuedDocuments.id })
      .from(issuedDocuments)
      .where(eq(issuedDocuments.caseId, caseId)),
  ]);
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  return {
    records: ids(records),
    recordings: ids(recordings),
    attachments: ids(attachments),
    documents: ids(documents),
  };
}

/** Replaces the supervisor's agencies (configuration, not an original; changes are ledgered). */
export async function replaceSupervisions(
  tx: DbOrTx,
  supervisorId: string,
  agencyIds: readonly string[],
  createdBy: string,
) {
  await tx.delete(supervisions).where(eq(supervisions.supervisorId, supervisorId));
  if (agencyIds.length > 0) {
    await tx
      .insert(supervisions)
      .values(agencyIds.map((agencyId) => ({ supervisorId, agencyId, createdBy })));
  }
}
