import { z } from 'zod';
import { ACT_TYPES } from '../enforcement/vocabulary.ts';
import { AV_SITUATIONS } from '../records/av-situation.ts';
import { RETENTION_CATEGORIES } from '../retention/retention-category.ts';
import { DURATION_UNITS } from './duration.ts';
import { GUIDELINE_118 } from './national-law.ts';

/**
 * A policy profile: every number and list of one regulation that software can act on,
 * each with the article it comes from. A key is absent when the regulation is silent;
 * nothing is filled in by analogy, so the national layer (./national-law.ts) or the
 * agency's own edit supplies it instead.
 */

const SEED_IDS = ['000', '001', '002', '003', '004'] as const;

/** Chinese article numbers as printed in the seeds ("第二十九条"). */
const ARTICLE = /^第[零一二三四五六七八九十百]+条$/;

/**
 * A `Citation` (../citation/citation.ts) plus, where one seed holds two regulations
 * (004: 公示制度 and 全过程记录制度, each numbered from 第一条), the one meant.
 */
export const profileCitationSchema = z.strictObject({
  seed: z.enum(SEED_IDS),
  article: z.string().regex(ARTICLE, '条文编号应为“第X条”'),
  document: z.string().trim().min(1).optional(),
});
export type ProfileCitation = z.infer<typeof profileCitationSchema>;

/**
 * A citation of national law or of 国办发〔2018〕118号 (./national-law.ts `LawCitation`):
 * what the national baseline profile, which follows no seed, cites. 118号 is cited by part
 * and item ("三、（二）"), the statutes by article.
 */
export const lawCitationSchema = z.strictObject({
  law: z.enum(['行政处罚法', '行政强制法', GUIDELINE_118]),
  article: z.string().trim().min(1),
});

/** Where a profile value comes from: an article of a seed, or national law. */
const valueCitationSchema = z.union([profileCitationSchema, lawCitationSchema]);
export type ValueCitation = z.infer<typeof valueCitationSchema>;

export const durationSchema = z.strictObject({
  amount: z.number().positive('期限必须为正数').finite(),
  unit: z.enum(DURATION_UNITS),
});

/** From when a deadline runs; the rules engine needs it to find the start date. */
export const DEADLINE_STARTS = [
  'recording_completed',
  'return_to_unit',
  'act_concluded',
  'emergency_launch',
  'decision_made',
  'decision_revoked',
  'published',
  'correction_requested',
] as const;

const deadlineSchema = z.strictObject({
  value: durationSchema,
  from: z.enum(DEADLINE_STARTS),
  citation: valueCitationSchema,
});
export type ProfileDeadline = z.infer<typeof deadlineSchema>;

const retentionSchema = z.strictObject({
  value: durationSchema,
  citation: valueCitationSchema,
});

/** One entry of a list (an act, a category, a method), cited individually. */
const citedItemSchema = z.strictObject({
  value: z.string().trim().min(1),
  citation: valueCitationSchema,
});
export type CitedItem = z.infer<typeof citedItemSchema>;
const citedListSchema = z.array(citedItemSchema).min(1);

/**
 * An act that must be on audio-video, with the situations (../records/av-situation.ts) by
 * which software recognises it. An item without situations ("其他需要音像记录的", or one
 * the regulation leaves to circumstances) is shown to users but checked by no rule.
 */
const mandatoryAvItemSchema = citedItemSchema.extend({
  situations: z.array(z.enum(AV_SITUATIONS)).min(1).optional(),
});
export type MandatoryAvItem = z.infer<typeof mandatoryAvItemSchema>;

/**
 * A kind of AV record kept permanently, with the category (../retention/retention-category.ts)
 * by which software recognises it. An item without one is shown to users but matched by
 * nothing, so it never makes a record permanent on its own.
 */
const permanentRetentionItemSchema = citedItemSchema.extend({
  category: z.enum(RETENTION_CATEGORIES).optional(),
});
export type PermanentRetentionItem = z.infer<typeof permanentRetentionItemSchema>;

/** A duty with no number (a requirement that simply holds), cited. */
const citedFlagSchema = z.strictObject({
  value: z.literal(true),
  citation: valueCitationSchema,
});

/**
 * The steps of an internal approval after the handler's proposal (承办人提出意见): the key
 * says what a completed step leaves in the case file (a `legal_review` seals the 法制审核
 * record, the `approval` the 负责人审批 record, a `review` only its opinion on the
 * approval), the roles say who may act on it.
 */
export const APPROVAL_STEP_KEYS = ['review', 'legal_review', 'approval'] as const;
/** Who may fill a step: a department head only for cases of their own department. */
export const APPROVAL_STEP_ROLES = ['department_head', 'agency_head', 'legal_reviewer'] as const;

const approvalStepSchema = z.strictObject({
  key: z.enum(APPROVAL_STEP_KEYS),
  /** As the approval shows it: 科室负责人意见, 审核, 法制审核, 主要负责人批准. */
  label: z.string().trim().min(1),
  roles: z.array(z.enum(APPROVAL_STEP_ROLES)).min(1, '请至少选择一个可办理该步骤的角色'),
  /** Only for a major case (重大行政执法决定/行为), e.g. 000 第八条(三)'s legal review. */
  majorOnly: z.boolean(),
  /** Only for cases of these act types, e.g. 004 第九条's legal review of penalties. */
  actTypes: z.array(z.enum(ACT_TYPES)).min(1).optional(),
  citation: profileCitationSchema,
});
export type ApprovalStepRule = z.infer<typeof approvalStepSchema>;

/**
 * One kind's chain, in order. Each step key at most once, and it ends with the `approval`
 * that applies to every case: a chain without its approver would approve nothing.
 */
const approvalStepsSchema = z
  .array(approvalStepSchema)
  .min(1)
  .superRefine((steps, context) => {
    const keys = steps.map((step) => step.key);
    if (new Set(keys).size !== keys.length) {
      context.addIssue({ code: 'custom', message: '同一审批中每种步骤只能出现一次' });
    }
    const last = steps.at(-1);
    if (last?.key !== 'approval' || last.majorOnly || last.actTypes !== undefined) {
      context.addIssue({
        code: 'custom',
        message: '审批的最后一步应为适用于所有案件的批准步骤（approval）',
      });
    }
  });

/** Who must approve an access or copy, and for whom. */
const accessApprovalSchema = z.strictObject({
  requester: z.enum(['own_staff_beyond_permission', 'other_authority', 'party']),
  approver: z.string().trim().min(1),
  citation: valueCitationSchema,
});

const publicationSchema = z.strictObject({
  scope: citedItemSchema.optional(),
  penaltyResultDeadline: deadlineSchema.optional(),
  withdrawalOnRevocationDeadline: deadlineSchema.optional(),
  removalAfter: deadlineSchema.optional(),
  correctionDeadline: deadlineSchema.optional(),
  exclusions: citedListSchema.optional(),
  redactions: citedListSchema.optional(),
});

const requirementsSchema = z.strictObject({
  offSiteBackup: citedFlagSchema.optional(),
  periodicBackup: citedFlagSchema.optional(),
  evidenceAvOnDiscWithNote: citedFlagSchema.optional(),
  noSecretAvOnNonSecretDevices: citedFlagSchema.optional(),
  simplifiedProcedureFullAv: citedFlagSchema.optional(),
  deviceCheckBeforeUse: citedFlagSchema.optional(),
  caseRoomCctvAlwaysOn: citedFlagSchema.optional(),
  refusalToSignNoteAndAv: citedFlagSchema.optional(),
  demandNoticeBeforeExecution: citedFlagSchema.optional(),
  periodicCaseFileReview: citedFlagSchema.optional(),
  avItemListPublished: citedFlagSchema.optional(),
});

export const policyProfileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '编号只能包含小写字母、数字和连字符'),
  name: z.string().trim().min(1),
  issuer: z.string().trim().min(1),
  /**
   * The regulation this profile follows (for a copy: the one it was copied from). Absent
   * for the national baseline (./national-baseline.ts): an agency with no regulation of its
   * own, bound by national law and 国办发〔2018〕118号 only.
   */
  seed: z.enum(SEED_IDS).optional(),
  documentNumber: z.string().trim().min(1).optional(),
  actTypes: citedListSchema.optional(),
  avStorageDeadline: deadlineSchema.optional(),
  avStorageAfterReturnDeadline: deadlineSchema.optional(),
  archivingDeadline: deadlineSchema.optional(),
  emergencyLaunchApprovalDeadline: deadlineSchema.optional(),
  avRetentionMinimum: retentionSchema.optional(),
  permanentRetentionCategories: z.array(permanentRetentionItemSchema).min(1).optional(),
  /** What an AV file must be labelled with when stored (案号、当事人、承办人…). */
  avStorageLabels: citedListSchema.optional(),
  /** The written note that must accompany AV used as evidence. */
  evidenceAvNoteFields: citedListSchema.optional(),
  /** What the archive record of a case file states (档号、类别、保管期限…). */
  archiveRecordFields: citedListSchema.optional(),
  mandatoryAvActs: z.array(mandatoryAvItemSchema).min(1).optional(),
  textRecordActs: citedListSchema.optional(),
  simplifiedProcedureRecordItems: citedListSchema.optional(),
  serviceMethods: citedListSchema.optional(),
  compulsoryExecutionMethods: citedListSchema.optional(),
  /**
   * The internal approvals (../approvals/approval-chain.ts): the launch of a case (程序启动
   * 审批) and its decision (执法决定审批). A kind the profile leaves out follows the
   * product's default chain (approvalChainFor; docs/decisions.md).
   */
  approvalChain: z
    .strictObject({
      launch: approvalStepsSchema.optional(),
      decision: approvalStepsSchema.optional(),
    })
    .optional(),
  accessApproval: z.array(accessApprovalSchema).min(1).optional(),
  publication: publicationSchema.optional(),
  requirements: requirementsSchema.optional(),
});

/** What a profile file or an edit must satisfy (strings may still need trimming). */
export type PolicyProfileInput = z.input<typeof policyProfileSchema>;
export type PolicyProfile = z.infer<typeof policyProfileSchema>;
