import type { Role } from '@liuhen/domain';

export const ACCESS_REQUESTS_PATH = '/access-requests';

/** Everyone who may ask for or decide access: every role but the platform administrator. */
export const ACCESS_ROLES: readonly Role[] = [
  'officer',
  'department_head',
  'legal_reviewer',
  'agency_head',
  'archivist',
  'supervisor',
];

export type AccessTab = 'mine' | 'to-decide';

export function accessRequestsPath(tab: AccessTab): string {
  return `${ACCESS_REQUESTS_PATH}?tab=${tab}`;
}
