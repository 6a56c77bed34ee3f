import { hasRole, type Actor } from '../auth/actor.ts';
import { problems } from '../http/problem.ts';

/**
 * What an agency's documents say of it (settings, templates) is its head's or its
 * administrator's to change; its other people only read. Another agency's people are told
 * it does not exist, as the readers' gate tells them.
 */
export function requireDocumentEditor(actor: Actor, agencyId: string, what: string) {
  if (actor.agencyId !== null && actor.agencyId !== agencyId) throw problems.notFound('该执法机关');
  if (!hasRole(actor, 'agency_head') && !hasRole(actor, 'admin')) {
    throw problems.forbidden(`仅本机关主要负责人或系统管理员可以修改${what}。`);
  }
}
