import type { AccessPerson } from '@liuhen/domain';
import { hasRole, type Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/database.ts';
import { supervisedAgencyIds } from './access.repository.ts';

/** The signed-in user as the access policy sees them, with the agencies they supervise. */
export async function accessPersonOf(db: DbOrTx, actor: Actor): Promise<AccessPerson> {
  return {
    id: actor.id,
    roles: actor.roles,
    agencyId: actor.agencyId,
    departmentId: actor.departmentId,
    supervisedAgencyIds: hasRole(actor, 'supervisor')
      ? await supervisedAgencyIds(db, actor.id)
      : [],
  };
}
