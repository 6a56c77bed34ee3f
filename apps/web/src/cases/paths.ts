import type { Role } from '@liuhen/domain';

export const CASES_PATH = '/cases';
export const NEW_CASE_PATH = '/cases/new';

export function casePath(id: string): string {
  return `${CASES_PATH}/${encodeURIComponent(id)}`;
}

/** Who may open a case (apps/server case-policy requireCanOpenCase). */
export const CASE_OPENERS: readonly Role[] = ['officer', 'department_head', 'agency_head'];
