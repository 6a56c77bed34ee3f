import { z } from 'zod';
import { issuedCopySchema } from '../evidence/evidence-events.ts';
import { defineEvents } from '../events/define-events.ts';
import { AWAY_REASONS } from '../records/av-record.ts';

/**
 * What the ledger records about body cameras and the files docked from them: who held which
 * camera from when (the basis of every automatic match), each file imported, and every
 * decision placing a file on a case or an incident or setting it aside, with who decided and why.
 */
export const stationImportEvents = defineEvents({
  'body_camera.registered': {
    label: '登记执法记录仪',
    data: z.strictObject({
      bodyCameraId: z.uuid(),
      serial: z.string(),
      model: z.string().nullable(),
      label: z.string().nullable(),
    }),
  },
  'body_camera.assigned': {
    label: '执法记录仪领用或归还',
    data: z.strictObject({
      bodyCameraId: z.uuid(),
      serial: z.string(),
      /** Null: returned, nobody holds it. */
      holderId: z.uuid().nullable(),
      from: z.iso.datetime({ offset: true }),
    }),
  },
  'imported_file.imported': {
    label: '采集站导入音像文件',
    data: z.strictObject({
      importedFileId: z.uuid(),
      evidenceObjectId: z.uuid(),
      deviceSerial: z.string(),
      originalPath: z.string(),
      capturedFrom: z.iso.datetime({ offset: true }).nullable(),
      capturedUntil: z.iso.datetime({ offset: true }).nullable(),
      /** 连续工作、异地执法、偏远地区, when the station said so (issue 15). */
      awayReason: z.enum(AWAY_REASONS).optional(),
      /** The camera's clock and the station's at docking, when read. */
      cameraClockAt: z.iso.datetime({ offset: true }).optional(),
      stationClockAt: z.iso.datetime({ offset: true }).optional(),
    }),
  },
  'imported_file.placed': {
    label: '音像文件分配到案件、事件或待分配',
    data: z.strictObject({
      importedFileId: z.uuid(),
      placementId: z.uuid(),
      kind: z.enum(['automatic', 'manual', 'unmatched', 'dismissed', 'incident']),
      caseId: z.uuid().nullable(),
      /** On an incident (004 第十二条(十)(十一)): which, and the name the file is labelled with. */
      incidentId: z.uuid().optional(),
      storedName: z.string().optional(),
      dismissal: z.enum(['accidental', 'unrelated']).nullable(),
      basis: z.string(),
      reason: z.string().nullable(),
    }),
  },
  'imported_file.accessed': {
    label: '查看或下载导入的音像文件',
    data: z.strictObject({
      importedFileId: z.uuid(),
      evidenceObjectId: z.uuid(),
      purpose: z.enum(['view', 'download']),
      reason: z.string(),
      /** The case the file was on when read (its policy decided), null in the inbox. */
      caseId: z.uuid().nullable().optional(),
      /** The incident (事件) the file was on when read, if it was. */
      incidentId: z.uuid().optional(),
      /** The grant the read went through, when the role alone did not reach. */
      grantId: z.uuid().nullable().optional(),
      copy: issuedCopySchema.optional(),
    }),
  },
});
