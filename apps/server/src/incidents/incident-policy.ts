import type { Actor } from '../auth/actor.ts';
import { problems } from '../http/problem.ts';
import { requireImporter } from '../station-import/import-policy.ts';

/**
 * Incidents are the agency's, kept by the people who place its docked files (officers, heads,
 * archivist): they register them, list them and read them with their recordings. Another
 * agency's incident answers 404 before any role is asked, as if it did not exist.
 */
export function requireIncidentReader<T extends { agencyId: string }>(
  actor: Actor,
  incident: T | undefined,
): T {
  if (incident === undefined || incident.agencyId !== actor.agencyId) {
    throw problems.notFound('该事件');
  }
  requireImporter(actor);
  return incident;
}
