import { supervisedAgencyIds } from '../access/access.repository.ts';
import { hasRole, type Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import { integrityStatus } from './integrity-status.ts';

/**
 * Who reads the integrity report, as who reads the ledger: a platform administrator every
 * agency's alarms, a supervisor those of the agencies assigned to him, an agency's
 * administrator or head their own agency's. The scrub's progress is the same for all.
 */
export async function integrityFor(db: DbOrTx, actor: Actor) {
  if (hasRole(actor, 'admin') && actor.agencyId === null) return integrityStatus(db);
  const agencyIds = new Set<string>();
  if (actor.agencyId !== null && (hasRole(actor, 'admin') || hasRole(actor, 'agency_head'))) {
    agencyIds.add(actor.agencyId);
  }
  if (hasRole(actor, 'supervisor')) {
    for (const id of await supervisedAgencyIds(db, actor.id)) agencyIds.add(id);
  }
  if (agencyIds.size === 0 && !hasRole(actor, 'supervisor')) {
    throw problems.forbidden('只有系统管理员、机关负责人和监督人员可以查看完整性核验情况。');
  }
  return integrityStatus(db, { agencyIds: [...agencyIds] });
}
