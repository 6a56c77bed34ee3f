import { hasRole, type Actor } from '../auth/actor.ts';
import { problems } from '../http/problem.ts';

/**
 * Who may change an agency's own rules — its profile, its 权责清单: its head (主要负责人, who
 * answers for its 制度) or its administrator, and a platform administrator. Anyone else of the
 * agency is refused (403); anyone of another agency learns nothing (404). One gate for both,
 * so the two never drift apart.
 */
export function requireAgencyEditor(actor: Actor, agencyId: string, refusal: string): void {
  if (actor.agencyId !== null && actor.agencyId !== agencyId) {
    throw problems.notFound('该执法机关');
  }
  if (!hasRole(actor, 'agency_head') && !hasRole(actor, 'admin')) {
    throw problems.forbidden(refusal);
  }
}
