import type { Role } from '@liuhen/domain';
import type { User } from '../api/types.ts';
import type { ImportStatus } from './imports-api.ts';

/** Who places and dismisses the agency's imported files (the server checks again). */
const PLACERS: readonly Role[] = ['officer', 'department_head', 'agency_head', 'archivist'];

export function canPlaceImports(user: Pick<User, 'roles' | 'agencyId'>, agencyId: string): boolean {
  return user.agencyId === agencyId && PLACERS.some((role) => user.roles.includes(role));
}

/**
 * A registered or dismissed file is settled; one waiting, placed on a case and not
 * registered, or on an incident (which may yet turn out to belong to a case) is not.
 */
export function isOpenForPlacement(status: ImportStatus): boolean {
  return status === 'unassigned' || status === 'matched' || status === 'incident';
}
