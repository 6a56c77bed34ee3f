import {
  CONFIDENTIALITY_LEVELS,
  PERMISSIONS,
  ACT_TYPES,
  AV_SITUATIONS,
  LAUNCH_MODES,
  PROCEDURES,
  RECORD_TYPE_IDS,
  STAGES,
  TRANSITION_IDS,
  isStateSecretMarking,
  policyProfileSchema,
  STATE_SECRET_REFUSAL,
} from '@liuhen/domain';
import { z } from 'zod';
import { decisionPeriodSchema } from './decision-period-view.ts';
import { findingSchema } from './finding-view.ts';

export const caseSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    departmentId: z.uuid(),
    profileId: z.string(),
    /** The version of the agency's own profile the case was opened under; null for a standard one. */
    profileVersion: z.number().int().nullable(),
    caseNumber: z.string(),
    name: z.string(),
    actType: z.enum(ACT_TYPES),
    procedure: z.enum(PROCEDURES),
    launchMode: z.enum(LAUNCH_MODES),
    stage: z.enum(STAGES),
    majorDecision: z.boolean(),
    confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
    /** True when protected details of the parties are masked for this reader. */
    partiesMasked: z.boolean(),
    complainantRealName: z.boolean().nullable(),
    parties: z.array(z.record(z.string(), z.unknown())),
    closedInErrorAt: z.iso.datetime().nullable(),
    closedInErrorReason: z.string().nullable(),
    createdBy: z.uuid(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Case' });

export const officerSchema = z.object({
  userId: z.uuid(),
  role: z.enum(['handler', 'assisting']),
  name: z.string(),
  certificateNumber: z.string().nullable(),
  assignedAt: z.iso.datetime(),
});

export const caseEventSchema = z.object({
  id: z.number().int(),
  type: z.string(),
  at: z.iso.datetime(),
  data: z.record(z.string(), z.unknown()),
  actorId: z.uuid().nullable(),
});

const signatureSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('signed'),
    signers: z.array(z.string().trim().min(1).max(100)).min(1, '请填写签字人').max(20),
    at: z.iso.datetime({ offset: true }),
  }),
  z.strictObject({
    kind: z.literal('refused'),
    note: z.string().max(2000),
    at: z.iso.datetime({ offset: true }),
    avRecordId: z.string().max(64).optional(),
  }),
]);

export const recordSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    type: z.enum(RECORD_TYPE_IDS),
    madeAt: z.iso.datetime(),
    fields: z.record(z.string(), z.unknown()),
    signature: signatureSchema.nullable(),
    situations: z.array(z.enum(AV_SITUATIONS)),
    confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
    /** Identity numbers, phones and the parties' addresses in its text are hidden for this reader. */
    contentMasked: z.boolean(),
    supersedesId: z.uuid().nullable(),
    correctionReason: z.string().nullable(),
    createdBy: z.uuid(),
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'CaseRecord' });

/** The content of a record as submitted; the catalogue decides what is required. */
export const recordContentBody = {
  madeAt: z.iso.datetime({ offset: true, error: '请填写制作时间（带时区的日期时间）' }),
  fields: z.record(z.string().max(64), z.unknown()),
  signature: signatureSchema.optional(),
  situations: z.array(z.enum(AV_SITUATIONS)).max(AV_SITUATIONS.length).default([]),
};

/**
 * 密级 as declared for a case or a record: one of the three levels. A state-secret marking
 * in its place (秘密★10年, 国家秘密（机密）…) is told why it can never be one (000 第十七条).
 */
const confidentialityLevel = () =>
  z.enum(CONFIDENTIALITY_LEVELS, {
    error: (issue) =>
      typeof issue.input === 'string' && isStateSecretMarking(issue.input)
        ? STATE_SECRET_REFUSAL
        : '密级应为普通、涉及个人隐私或涉及商业秘密',
  });

const recordConfidentiality = confidentialityLevel();

export const newRecordBody = z.strictObject({
  type: z.enum(RECORD_TYPE_IDS, { error: '未知的文书类型' }),
  ...recordContentBody,
  /** Stricter than the case's when the record holds a third party's privacy or trade secret. */
  confidentiality: recordConfidentiality.default('ordinary'),
});

export const correctionBody = z.strictObject({
  ...recordContentBody,
  /** The corrected version keeps the original's level unless given. */
  confidentiality: recordConfidentiality.optional(),
  reason: z.string().trim().min(2, '请写明更正理由').max(500),
});

const trimmed = (min: number, max: number, message: string) =>
  z.string().trim().min(min, message).max(max);

export const openCaseBody = z.strictObject({
  name: trimmed(2, 200, '请填写案件名称（至少 2 个字）'),
  actType: z.enum(ACT_TYPES, { error: '请选择执法类别' }),
  procedure: z.enum(PROCEDURES, { error: '请选择一般程序或简易程序' }),
  launchMode: z.enum(LAUNCH_MODES, { error: '请选择启动方式' }),
  departmentId: z.uuid({ error: '请选择承办机构' }),
  majorDecision: z.boolean().default(false),
  /** 密级: 普通, 涉及个人隐私, 涉及商业秘密 (state secrets are never stored: 000 第十七条). */
  confidentiality: confidentialityLevel().default('ordinary'),
  complainantRealName: z.boolean().optional(),
  emergency: z.boolean().default(false),
  /** 当事人: checked against GB 11643 / GB 32100 by @liuhen/domain createPartySchema. */
  parties: z.array(z.record(z.string(), z.unknown())).max(50),
  officers: z
    .array(z.strictObject({ userId: z.uuid(), role: z.enum(['handler', 'assisting']) }))
    .max(20),
});

export const transitionBody = z.strictObject({
  transition: z.enum(TRANSITION_IDS, { error: '未知的流转操作' }),
});

export const caseDetailSchema = z
  .object({
    case: caseSchema,
    officers: z.array(officerSchema),
    events: z.array(caseEventSchema),
    records: z.array(recordSchema),
    findings: z.array(findingSchema),
    transitions: z.array(
      z.object({ id: z.enum(TRANSITION_IDS), label: z.string(), to: z.enum(STAGES) }),
    ),
    /** What the reader may do on this case now (@liuhen/domain PERMISSIONS). */
    abilities: z.array(z.enum(PERMISSIONS)),
    /** The profile the case is checked against: the version it was opened under. */
    profile: policyProfileSchema,
    /** 行政处罚法 第六十条's period of a filed penalty case; null for any other case. */
    decisionPeriod: decisionPeriodSchema.nullable(),
  })
  .meta({ id: 'CaseDetail' });
