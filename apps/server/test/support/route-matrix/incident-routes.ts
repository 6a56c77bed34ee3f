import type { Variant } from './variants.ts';
import { get, write, writeFresh } from './variants.ts';

/** 事件 (issue 15): an incident of agency A, and the placing of docked files on one. */
export const INCIDENT_ROUTES: Readonly<Record<string, readonly Variant[]>> = {
  'GET /api/v1/incidents/{id}': [
    get('incident:read', (w) => `/api/v1/incidents/${w.ids.incident}`),
  ],
  'POST /api/v1/imported-files/{id}/incident-assignment': [
    // Already on this incident: an allowed placer is told 409, and nothing moves.
    write(
      'incident:place',
      'POST',
      (w) => `/api/v1/imported-files/${w.ids.incidentFile}/incident-assignment`,
      (c) => ({ incidentId: c.world.ids.incident, reason: '画面为该事件现场' }),
      'on the incident',
    ),
    // A file on the case moves only by the case's workers; each allowed one moves a spare.
    writeFresh(
      'importedFile:place',
      'POST',
      (w) => w.ids.dismissalTarget,
      async (w) => {
        const spare = w.spareImportedFiles.shift();
        if (spare === undefined) throw new Error('no spare imported file left for an incident');
        return spare;
      },
      (id) => `/api/v1/imported-files/${id}/incident-assignment`,
      (c) => ({ incidentId: c.world.ids.incident, reason: '事后查明为事件现场' }),
    ),
  ],
};
