import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';

/** Changes to an agency's own profile; the saved content's digest is in the entry's hashes. */
export const profileEvents = defineEvents({
  'profile.agency_copied': {
    label: '复制制度为本机关制度',
    data: z.strictObject({
      basedOn: z.string(),
      version: z.literal(1),
      /** The profile the agency worked under until then. */
      before: z.string().nullable(),
    }),
  },
  'profile.agency_version_saved': {
    label: '保存本机关制度新版本',
    data: z.strictObject({
      version: z.number().int().min(2),
      note: z.string(),
      /** The profile keys this version changed (mandatoryAvActs, archivingDeadline…). */
      changedKeys: z.array(z.string()).min(1),
    }),
  },
});
