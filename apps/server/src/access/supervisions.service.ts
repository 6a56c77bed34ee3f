import { eventActor, type Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import { isPlatformAdmin, requirePlatformAdmin } from '../identity/admin-scope.ts';
import { findUserById } from '../identity/users.repository.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { replaceSupervisions, supervisedAgencyIds } from './access.repository.ts';

/**
 * Which agencies a supervisor (司法所/司法局) oversees: set by the platform administrator,
 * who serves every agency. The supervisor then reads those agencies' cases, never writes.
 */
export function createSupervisionsService(db: Db, ledger: Ledger) {
  return {
    async set(actor: Actor, supervisorId: string, agencyIds: readonly string[]) {
      requirePlatformAdmin(actor);
      const supervisor = await findUserById(db, supervisorId);
      if (supervisor === undefined) throw problems.notFound('该用户');
      if (!(supervisor.roles as string[]).includes('supervisor')) {
        throw problems.validation([{ name: 'params.id', reason: '该用户不是执法监督人员' }]);
      }
      const wanted = [...new Set(agencyIds)];
      for (const agencyId of wanted) {
        if ((await findAgency(db, agencyId)) === undefined) {
          throw problems.validation([{ name: 'body.agencyIds', reason: '所选执法机关不存在' }]);
        }
      }
      const before = await supervisedAgencyIds(db, supervisorId);
      await ledger.transaction(async (tx, record) => {
        await replaceSupervisions(tx, supervisorId, wanted, actor.id);
        await record({
          action: 'access.supervision_set',
          agencyId: null,
          actor: eventActor(actor),
          target: { type: 'user', id: supervisorId },
          data: { supervisorId, before, after: wanted },
        });
      });
      return { supervisorId, agencyIds: wanted };
    },

    async get(actor: Actor, supervisorId: string) {
      // Who oversees which agencies is the platform's business: an agency's administrator
      // does not learn another agency's supervisors through it.
      if (actor.id !== supervisorId && !isPlatformAdmin(actor)) throw problems.notFound('该用户');
      return { supervisorId, agencyIds: await supervisedAgencyIds(db, supervisorId) };
    },
  };
}
export type SupervisionsService = ReturnType<typeof createSupervisionsService>;
