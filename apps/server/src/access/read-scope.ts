import { caseScopeFor } from '@liuhen/domain';
import type { SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/database.ts';
import { accessPersonOf } from './access-person.ts';
import { caseScopeCondition } from './case-scope-condition.ts';

/** What lists across cases may show the actor: the cases, and whose agency-level items. */
export async function readScopeOf(
  db: DbOrTx,
  actor: Actor,
  now: Date,
): Promise<{ readonly cases: SQL; readonly agencyIds: readonly string[] }> {
  const person = await accessPersonOf(db, actor);
  return {
    cases: caseScopeCondition(caseScopeFor(person), actor.id, now),
    agencyIds: [
      ...(person.agencyId === null ? [] : [person.agencyId]),
      ...person.supervisedAgencyIds,
    ],
  };
}
