import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';
import { INCIDENT_KINDS } from './incident-kind.ts';

/** What the ledger records about incidents: each registration, as it was made. */
export const incidentEvents = defineEvents({
  'incident.registered': {
    label: '登记事件',
    data: z.strictObject({
      incidentId: z.uuid(),
      name: z.string(),
      kind: z.enum(INCIDENT_KINDS),
      startedAt: z.iso.datetime({ offset: true }),
      endedAt: z.iso.datetime({ offset: true }).nullable(),
      description: z.string().nullable(),
    }),
  },
});
