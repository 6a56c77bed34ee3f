import type { Role } from '@liuhen/domain';

export const AGENCY_PROFILE_PATH = '/profile';
/** Everyone of an agency reads its profile; its head and administrators edit it. */
export const PROFILE_EDITOR_ROLES: readonly Role[] = ['agency_head', 'admin'];
