import type { Role } from '@liuhen/domain';

export const AGENCY_PROFILE_PATH = '/profile';
/** The published 音像记录事项清单 of an agency; reachable without signing in. */
export const PUBLIC_AV_ITEMS_PATH = '/public/av-items';
/** Everyone of an agency reads its profile; its head and administrators edit it. */
export const PROFILE_EDITOR_ROLES: readonly Role[] = ['agency_head', 'admin'];
