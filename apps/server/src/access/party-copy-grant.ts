import { coveringGrant, rolesHold } from '@liuhen/domain';
import type { Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/database.ts';
import { grantOf, partyCopyRequestsOf } from './access.repository.ts';

/**
 * The 当事人复制 grant (001 第十二条: a party may copy with the agency head's consent) under
 * which the actor may hand the party a copy of this material now: approved, in force, naming
 * the actor as the one who copies, holding 复制（下载）, for the whole case or naming one of
 * `subjectIds`. A copy for a party is never allowed by role alone — an officer who may read
 * the document himself still needs the head's consent to give it out.
 */
export async function partyCopyGrant(
  db: DbOrTx,
  actor: Actor,
  material: { readonly caseId: string; readonly subjectIds: readonly string[] },
  now: Date,
) {
  // A grant never adds a permission the holder's roles lack (roles change after approval).
  if (!rolesHold(actor.roles, 'evidence:download')) return undefined;
  const states = await partyCopyRequestsOf(db, actor.id, material.caseId);
  const grants = states.flatMap((state) => {
    const grant = grantOf(state);
    return grant === undefined ? [] : [grant];
  });
  const grant = coveringGrant(grants, {
    personId: actor.id,
    caseId: material.caseId,
    permission: 'evidence:download',
    subjectIds: material.subjectIds,
    now: now.toISOString(),
  });
  if (grant === undefined) return undefined;
  const { request } = states.find((state) => state.request.id === grant.id)!;
  return { grantId: grant.id, party: request.onBehalfOf ?? '' };
}
