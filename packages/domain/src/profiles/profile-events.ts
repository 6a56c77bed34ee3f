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
  /**
   * 音像记录事项清单 made public (003 第十八条): the list in force, from this profile and
   * version (null: a standard profile); the published list's digest is in the hashes.
   */
  'profile.av_item_list_published': {
    label: '发布音像记录事项清单',
    data: z.strictObject({
      publicationId: z.uuid(),
      profileId: z.string(),
      version: z.number().int().min(1).nullable(),
      items: z.number().int().min(0),
    }),
  },
});
