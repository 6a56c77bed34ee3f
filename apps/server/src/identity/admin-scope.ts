import type { Role } from '@liuhen/domain';
import { hasRole, type Actor } from '../auth/actor.ts';
import { problems } from '../http/problem.ts';

/**
 * Who administers what. A platform administrator (bound to no agency) serves every agency;
 * an agency's administrator serves only that agency and cannot see into others: ids of
 * another agency answer 404, as if they did not exist.
 */
export function requireAdmin(actor: Actor): void {
  if (!hasRole(actor, 'admin')) throw problems.forbidden('仅系统管理员可以执行此操作。');
}

export function isPlatformAdmin(actor: Actor): boolean {
  return hasRole(actor, 'admin') && actor.agencyId === null;
}

export function requirePlatformAdmin(actor: Actor): void {
  if (!isPlatformAdmin(actor)) {
    throw problems.forbidden('仅平台系统管理员（不隶属于某一执法机关）可以执行此操作。');
  }
}

export function canSeeAgency(actor: Actor, agencyId: string | null): boolean {
  return actor.agencyId === null || actor.agencyId === agencyId;
}

/** Throws 404 when the agency is outside the administrator's reach. */
export function requireAgencyInScope(actor: Actor, agencyId: string | null, what: string): void {
  requireAdmin(actor);
  if (!canSeeAgency(actor, agencyId)) throw problems.notFound(what);
}

/** Roles that may exist without an agency: they serve or oversee many agencies. */
const AGENCY_FREE_ROLES: readonly Role[] = ['admin', 'supervisor'];

export function rolesAllowWithoutAgency(roles: readonly Role[]): boolean {
  return roles.every((role) => AGENCY_FREE_ROLES.includes(role));
}
