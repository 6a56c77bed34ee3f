import type { ApprovalKind, StepState } from '@liuhen/domain';
import type { Actor } from '../auth/actor.ts';
import type { LoadedCase } from '../cases/case-context.ts';
import * as cases from '../cases/cases.repository.ts';
import type { DbOrTx } from '../db/database.ts';
import type { RecordEvent } from '../ledger/ledger.ts';
import { sealRecord } from '../records/seal-record.ts';

export interface CompletedStep {
  readonly kind: ApprovalKind;
  readonly step: StepState;
  /** Whether the step was the request's last: the whole chain has approved. */
  readonly approved: boolean;
  readonly actor: Actor;
  readonly comment: string;
  readonly suggestions?: string | undefined;
  readonly loaded: LoadedCase;
  readonly now: Date;
}

/**
 * What a completed step leaves in the case file. The approval is the record: the launch
 * approved once its last step is (the case's `launch_approved` event, which lets it be
 * filed; the steps before it are opinions, kept as the approval's acts), the legal review
 * sealed as a 法制审核 record in the reviewer's words, the head's approval sealed as a 负责人
 * 审批 record — each made by the person who acted, so the file shows who decided what.
 */
export async function applyCompletedStep(tx: DbOrTx, record: RecordEvent, done: CompletedStep) {
  const { kind, step, actor, comment, loaded, now } = done;
  if (kind === 'launch') {
    // The launch is approved by the chain's last step, not by an opinion before it.
    if (!done.approved) return;
    await cases.insertEvents(tx, [
      {
        caseId: loaded.row.id,
        type: 'launch_approved',
        at: now,
        data: { note: comment },
        actorId: actor.id,
      },
    ]);
    return;
  }
  if (step.key === 'legal_review') {
    await sealRecord(tx, record, {
      actor,
      loaded,
      now,
      input: {
        type: 'legal_review',
        madeAt: now.toISOString(),
        fields: {
          reviewers: [actor.displayName],
          opinion: comment,
          suggestions: done.suggestions ?? '',
        },
        situations: [],
        // An approval's own record carries the case's level, nothing stricter.
        confidentiality: 'ordinary',
      },
    });
  }
  if (step.key === 'approval') {
    await sealRecord(tx, record, {
      actor,
      loaded,
      now,
      input: {
        type: 'head_approval',
        madeAt: now.toISOString(),
        fields: { opinion: comment, signature: actor.displayName },
        situations: [],
        // An approval's own record carries the case's level, nothing stricter.
        confidentiality: 'ordinary',
      },
    });
  }
}
