import { ROLES } from '../identity/roles.ts';
import type { AccessPerson } from './access-decision.ts';
import type { Permission } from './permissions.ts';
import { ROLE_REACH, type Reach } from './role-reach.ts';

/**
 * Which cases a list may show the person, as a filter a query can apply (the list must
 * never show a case the person cannot open): his agency's, his department's and the ones
 * he is on, only the ones he is on, or those of the agencies he supervises — plus, in every
 * case, those he holds a grant on.
 */
export type CaseScope =
  | { readonly kind: 'agency'; readonly agencyId: string }
  | { readonly kind: 'department'; readonly agencyId: string; readonly departmentId: string }
  | { readonly kind: 'assigned' }
  | { readonly kind: 'supervised'; readonly agencyIds: readonly string[] }
  | { readonly kind: 'granted_only' };

const WIDER: readonly Reach[] = ['assigned', 'department', 'agency', 'supervised'];

export function caseScopeFor(
  person: AccessPerson,
  permission: Permission = 'case:read',
): CaseScope {
  let widest: Reach | undefined;
  for (const role of ROLES) {
    if (!person.roles.includes(role)) continue;
    const reach = ROLE_REACH[role][permission];
    if (reach === undefined) continue;
    if (widest === undefined || WIDER.indexOf(reach) > WIDER.indexOf(widest)) widest = reach;
  }
  if (widest === 'supervised') {
    // A supervisor who is also of an agency (rare) keeps his own agency's reach as well
    // through his other role; the scope shows what supervision adds.
    return { kind: 'supervised', agencyIds: person.supervisedAgencyIds };
  }
  if (widest === 'agency' && person.agencyId !== null) {
    return { kind: 'agency', agencyId: person.agencyId };
  }
  if (widest === 'department' && person.agencyId !== null && person.departmentId !== null) {
    return { kind: 'department', agencyId: person.agencyId, departmentId: person.departmentId };
  }
  if (widest !== undefined) return { kind: 'assigned' };
  return { kind: 'granted_only' };
}
