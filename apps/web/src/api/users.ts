import type { Role } from '@liuhen/domain';
import { request } from './client.ts';
import type { Page, User, UserWithOneTimePassword } from './types.ts';

export interface UserFilter {
  readonly agencyId?: string | undefined;
  readonly departmentId?: string | undefined;
  readonly active?: boolean | undefined;
  readonly q?: string | undefined;
}

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly certificateNumber: string | null;
  readonly agencyId: string | null;
  readonly departmentId: string | null;
  readonly roles: Role[];
}

export interface UserChanges {
  readonly displayName?: string;
  readonly certificateNumber?: string | null;
  readonly departmentId?: string | null;
  readonly roles?: Role[];
}

const userPath = (id: string) => `/users/${encodeURIComponent(id)}`;

export function listUsers(filter: UserFilter, cursor?: string, limit = 50): Promise<Page<User>> {
  return request<Page<User>>('GET', '/users', {
    query: {
      cursor,
      limit,
      agencyId: filter.agencyId,
      departmentId: filter.departmentId,
      active: filter.active,
      q: filter.q?.trim(),
    },
  });
}

export function getUser(id: string): Promise<User> {
  return request<User>('GET', userPath(id));
}

export function createUser(input: NewUser): Promise<UserWithOneTimePassword> {
  return request<UserWithOneTimePassword>('POST', '/users', { body: input });
}

export function updateUser(id: string, changes: UserChanges): Promise<User> {
  return request<User>('PATCH', userPath(id), { body: changes });
}

export function deactivateUser(id: string): Promise<User> {
  return request<User>('POST', `${userPath(id)}/deactivate`);
}

export function reactivateUser(id: string): Promise<User> {
  return request<User>('POST', `${userPath(id)}/reactivate`);
}

export function resetPassword(id: string): Promise<UserWithOneTimePassword> {
  return request<UserWithOneTimePassword>('POST', `${userPath(id)}/reset-password`);
}
