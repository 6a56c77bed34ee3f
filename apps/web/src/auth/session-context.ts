import { createContext, useContext } from 'react';
import type { Role } from '@liuhen/domain';
import type { Session, User } from '../api/types.ts';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out'; readonly expired: boolean }
  | { readonly status: 'signed-in'; readonly user: User };

export interface SessionApi {
  readonly state: SessionState;
  /** After a successful login. */
  readonly signIn: (session: Session) => void;
  /** After logout; the server session is already gone. */
  readonly signOut: () => void;
  /** After the server returned a newer copy of the signed-in user (e.g. password changed). */
  readonly updateUser: (user: User) => void;
}

export const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in user; only for components rendered behind <RequireSession>. */
export function useCurrentUser(): User {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useCurrentUser needs a signed-in session');
  return state.user;
}

export function hasAnyRole(user: Pick<User, 'roles'>, roles: readonly Role[]): boolean {
  return roles.length === 0 || roles.some((role) => user.roles.includes(role));
}

/** A platform administrator serves every agency and belongs to none. */
export function isPlatformAdmin(user: Pick<User, 'roles' | 'agencyId'>): boolean {
  return user.agencyId === null && user.roles.includes('admin');
}
