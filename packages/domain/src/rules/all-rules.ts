import { archivedLate } from './archived-late.ts';
import { avEvidenceNoteMissingRule } from './av-evidence-note-missing.ts';
import { avCoverageGapRule } from './av-coverage-gap.ts';
import { avFilingIncompleteRule } from './av-filing-incomplete.ts';
import { avInterruptionUnexplainedRule } from './av-interruption-unexplained.ts';
import { avStartUnannouncedRule } from './av-start-unannounced.ts';
import { avStorageDamageUnreportedRule } from './av-storage-damage-unreported.ts';
import { avStoredLateRule } from './av-stored-late.ts';
import { complaintNotPursuedUninformed } from './complaint-not-pursued-uninformed.ts';
import { decisionOverdue } from './decision-overdue.ts';
import { emergencyLaunchUnapproved } from './emergency-launch-unapproved.ts';
import { executionWithoutDemandNotice } from './execution-without-demand-notice.ts';
import { investigationUnrecorded } from './investigation-unrecorded.ts';
import { launchUnapproved } from './launch-unapproved.ts';
import { majorDecisionUnreviewed } from './major-decision-unreviewed.ts';
import { mandatoryAvMissingRule } from './mandatory-av-missing.ts';
import { methodOutsideProfile } from './method-outside-profile.ts';
import { officersInsufficient } from './officers-insufficient.ts';
import { recordIncomplete } from './record-incomplete.ts';
import { requiredRecordMissing } from './required-record-missing.ts';
import { rightsNoticeMissing } from './rights-notice-missing.ts';
import { courtApplicationPremature } from './court-application-premature.ts';
import { demolitionUnconditioned } from './demolition-unconditioned.ts';
import { emergencyMeasureUnreported } from './emergency-measure-unreported.ts';
import { fineHandoverLate } from './fine-handover-late.ts';
import { hearingNoticeLate } from './hearing-notice-late.ts';
import { preservationUnhandled } from './preservation-unhandled.ts';
import { seizureOverdue } from './seizure-overdue.ts';
import { rectificationCheckLate } from './rectification-check-late.ts';
import type { Rule } from './rule.ts';
import { serviceOverdue } from './service-overdue.ts';
import { serviceProofIncomplete } from './service-proof-incomplete.ts';
import { transcriptUnsigned } from './transcript-unsigned.ts';

/** Every rule the product checks, in the order of the stages they mostly concern. */
export const ALL_RULES: readonly Rule[] = [
  launchUnapproved,
  emergencyLaunchUnapproved,
  complaintNotPursuedUninformed,
  requiredRecordMissing,
  recordIncomplete,
  officersInsufficient,
  transcriptUnsigned,
  mandatoryAvMissingRule,
  avStoredLateRule,
  avStorageDamageUnreportedRule,
  avCoverageGapRule,
  avStartUnannouncedRule,
  avInterruptionUnexplainedRule,
  avEvidenceNoteMissingRule,
  investigationUnrecorded,
  emergencyMeasureUnreported,
  seizureOverdue,
  preservationUnhandled,
  hearingNoticeLate,
  avFilingIncompleteRule,
  rightsNoticeMissing,
  majorDecisionUnreviewed,
  decisionOverdue,
  serviceProofIncomplete,
  methodOutsideProfile,
  serviceOverdue,
  rectificationCheckLate,
  executionWithoutDemandNotice,
  courtApplicationPremature,
  demolitionUnconditioned,
  fineHandoverLate,
  archivedLate,
];
