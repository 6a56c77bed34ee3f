import type { EventActor, Role } from '@liuhen/domain';
import type { UserRow } from '../identity/users.repository.ts';

/** The signed-in user as services see them. */
export interface Actor {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly agencyId: string | null;
  readonly departmentId: string | null;
}

export function actorFromUser(user: UserRow): Actor {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles as Role[],
    agencyId: user.agencyId,
    departmentId: user.departmentId,
  };
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

/** The actor as the ledger records it. */
export function eventActor(actor: Actor): EventActor {
  return { type: 'user', id: actor.id, username: actor.username };
}
