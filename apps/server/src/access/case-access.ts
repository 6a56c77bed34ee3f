import {
  PERMISSIONS,
  abilitiesOn,
  decideAccess,
  seesProtectedDetails,
  type AccessPerson,
  type AccessDecision,
  type Permission,
} from '@liuhen/domain';
import type { Actor } from '../auth/actor.ts';
import * as cases from '../cases/cases.repository.ts';
import type { CaseOfficerRow, CaseRow } from '../cases/cases.repository.ts';
import type { DbOrTx } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import { grantsOn } from './access.repository.ts';
import { accessPersonOf } from './access-person.ts';

export type Allowed = Extract<AccessDecision, { allowed: true }>;

/** The grant a read went through, for its ledger event; null when the role sufficed. */
export const grantIdOf = (allowed: Allowed): string | null =>
  allowed.via === 'grant' ? allowed.grantId : null;

/**
 * The one gate of every case service: may the actor do this to this case (and, for a grant
 * limited to some material, to this record or recording)? Returns how it was allowed;
 * throws 404 when the actor may not know the case exists (another agency's id guessed), 403
 * with the reason and the articles when he may.
 */
export async function authorizeCase(
  db: DbOrTx,
  actor: Actor,
  permission: Permission,
  row: CaseRow | undefined,
  options: {
    readonly now: Date;
    readonly officers?: readonly CaseOfficerRow[];
    readonly subjectIds?: readonly string[];
  },
): Promise<Allowed> {
  if (row === undefined) throw problems.notFound('该案件');
  const officers = options.officers ?? (await cases.listOfficers(db, row.id));
  const decision = decideAccess({
    person: await accessPersonOf(db, actor),
    permission,
    theCase: {
      id: row.id,
      agencyId: row.agencyId,
      departmentId: row.departmentId,
      officerIds: officers.map((officer) => officer.userId),
    },
    grants: await grantsOn(db, actor.id, row.id),
    now: options.now.toISOString(),
    ...(options.subjectIds === undefined ? {} : { subjectIds: options.subjectIds }),
  });
  if (decision.allowed) return decision;
  if (!decision.visible) throw problems.notFound('该案件');
  throw problems.forbidden(decision.reason);
}

/** Everything the actor may do on the case now, for the web to show and hide by. */
export async function caseAbilities(
  db: DbOrTx,
  person: AccessPerson,
  row: CaseRow,
  officers: readonly CaseOfficerRow[],
  now: Date,
): Promise<Permission[]> {
  return abilitiesOn({
    person,
    theCase: {
      id: row.id,
      agencyId: row.agencyId,
      departmentId: row.departmentId,
      officerIds: officers.map((officer) => officer.userId),
    },
    grants: await grantsOn(db, person.id, row.id),
    now: now.toISOString(),
    permissions: PERMISSIONS,
  });
}

/** Whether the reader sees the parties' protected details in full (access policy). */
export function masksParties(
  person: AccessPerson,
  row: CaseRow,
  officers: readonly CaseOfficerRow[],
): boolean {
  return !seesProtectedDetails(person, {
    agencyId: row.agencyId,
    departmentId: row.departmentId,
    officerIds: officers.map((officer) => officer.userId),
    confidentiality: row.confidentiality,
  });
}
