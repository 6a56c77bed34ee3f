import { call } from './client.ts';
import type { BodyOf, Page, User, UserWithOneTimePassword } from './types.ts';

export interface UserFilter {
  readonly agencyId?: string | undefined;
  readonly departmentId?: string | undefined;
  readonly active?: boolean | undefined;
  readonly q?: string | undefined;
}

export type NewUser = BodyOf<'createUser'>;
export type UserChanges = BodyOf<'updateUser'>;

export function listUsers(filter: UserFilter, cursor?: string, limit = 50): Promise<Page<User>> {
  return call('listUsers', {
    query: {
      cursor,
      limit,
      agencyId: filter.agencyId,
      departmentId: filter.departmentId,
      active: filter.active === undefined ? undefined : filter.active ? 'true' : 'false',
      q: filter.q?.trim(),
    },
  });
}

export function getUser(id: string): Promise<User> {
  return call('getUser', { path: { id } });
}

export function createUser(input: NewUser): Promise<UserWithOneTimePassword> {
  return call('createUser', { body: input });
}

export function updateUser(id: string, changes: UserChanges): Promise<User> {
  return call('updateUser', { path: { id }, body: changes });
}

export function deactivateUser(id: string): Promise<User> {
  return call('deactivateUser', { path: { id } });
}

export function reactivateUser(id: string): Promise<User> {
  return call('reactivateUser', { path: { id } });
}

export function resetPassword(id: string): Promise<UserWithOneTimePassword> {
  return call('resetUserPassword', { path: { id } });
}
