import {
  AV_KINDS,
  AV_SITUATIONS,
  AWAY_REASONS,
  INTERRUPTION_REASONS,
  STAGES,
} from '@liuhen/domain';
import { z } from 'zod';
import { evidenceObjectSchema } from '../evidence/evidence-object-view.ts';

const instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);

export const interruptionSchema = z.strictObject({
  reason: z.enum(INTERRUPTION_REASONS),
  from: instant,
  resumedAt: instant.optional(),
  /** The explanation spoken or written when recording resumed. */
  note: z.string().trim().max(2000).optional(),
  reportedTo: z.string().trim().max(100).optional(),
  reportedAt: instant.optional(),
  writtenExplanation: z.string().trim().max(4000).optional(),
});

/** 000 第十六条: damage found in storage, reported to the head, with the written note. */
export const storageDamageSchema = z.strictObject({
  foundAt: instant,
  description: text(2000),
  reportedAt: instant.optional(),
  reportedTo: z.string().trim().max(100).optional(),
  writtenNote: z.string().trim().max(4000).optional(),
});

/** What the officer can change afterwards: everything but the file, the maker and the name. */
const amendableFields = {
  situations: z.array(z.enum(AV_SITUATIONS)).min(1, '请至少选择一项记录事项').max(10),
  recordId: z.uuid().nullable(),
  deviceSerial: z.string().trim().max(100).nullable(),
  returnedToUnitAt: instant.nullable(),
  /** Why storage had to wait for the return: the only case the later deadline is for. */
  awayReason: z.enum(AWAY_REASONS).nullable(),
  place: text(200),
  personsPresent: z.array(text(100)).max(50),
  announcementMade: z.boolean(),
  interruptions: z.array(interruptionSchema).max(50),
  storageDamage: storageDamageSchema.nullable(),
  usedAsEvidence: z.boolean(),
  evidenceNoteRecordId: z.uuid().nullable(),
};

export const newAvRecordBody = z.strictObject({
  evidenceObjectId: z.uuid(),
  kind: z.enum(AV_KINDS),
  /** 记录内容, the last part of the standard name, e.g. 询问 or 留置送达. */
  content: text(40),
  recordingStartedAt: instant,
  recordingEndedAt: instant,
  ...amendableFields,
  recordId: amendableFields.recordId.optional(),
  deviceSerial: amendableFields.deviceSerial.optional(),
  returnedToUnitAt: amendableFields.returnedToUnitAt.optional(),
  awayReason: amendableFields.awayReason.optional(),
  personsPresent: amendableFields.personsPresent.default([]),
  interruptions: amendableFields.interruptions.default([]),
  storageDamage: amendableFields.storageDamage.optional(),
  evidenceNoteRecordId: amendableFields.evidenceNoteRecordId.optional(),
});
export type NewAvRecordInput = z.infer<typeof newAvRecordBody>;

export const amendAvRecordBody = z
  .strictObject({
    ...Object.fromEntries(
      Object.entries(amendableFields).map(([key, schema]) => [key, schema.optional()]),
    ),
    reason: text(500),
  } as { [K in keyof typeof amendableFields]: z.ZodOptional<(typeof amendableFields)[K]> } & {
    reason: ReturnType<typeof text>;
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'reason'), {
    message: '请至少修改一项内容',
  });
export type AvRecordAmendment = Omit<z.infer<typeof amendAvRecordBody>, 'reason'>;

const person = z.object({ id: z.uuid(), name: z.string() });

export const avRecordSchema = z
  .object({
    id: z.uuid(),
    versionId: z.uuid(),
    caseId: z.uuid(),
    name: z.string(),
    sequence: z.number().int(),
    kind: z.enum(AV_KINDS),
    stage: z.enum(STAGES),
    situations: z.array(z.enum(AV_SITUATIONS)),
    recordId: z.uuid().nullable(),
    content: z.string(),
    maker: person,
    deviceSerial: z.string().nullable(),
    recordingStartedAt: z.iso.datetime(),
    recordingEndedAt: z.iso.datetime(),
    returnedToUnitAt: z.iso.datetime().nullable(),
    awayReason: z.enum(AWAY_REASONS).nullable(),
    place: z.string(),
    personsPresent: z.array(z.string()),
    announcementMade: z.boolean(),
    interruptions: z.array(interruptionSchema),
    storageDamage: storageDamageSchema.nullable(),
    usedAsEvidence: z.boolean(),
    evidenceNoteRecordId: z.uuid().nullable(),
    storedAt: z.iso.datetime(),
    evidenceObject: evidenceObjectSchema,
    hasPoster: z.boolean(),
    versions: z.array(
      z.object({
        versionId: z.uuid(),
        recordedAt: z.iso.datetime(),
        amendmentReason: z.string().nullable(),
        createdBy: person,
      }),
    ),
  })
  .meta({ id: 'AvRecord' });
export type AvRecordView = z.infer<typeof avRecordSchema>;
