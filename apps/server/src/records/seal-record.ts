import { STAGE_LABELS, recordStageOpen, recordTypeSpec } from '@liuhen/domain';
import { eventActor, type Actor } from '../auth/actor.ts';
import { ruleContextOf, toEnforcementCase, type LoadedCase } from '../cases/case-context.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { DbOrTx } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import { caseRecordDigestV2 } from '../integrity/sealed-digests.ts';
import type { RecordEvent } from '../ledger/ledger.ts';
import { recordInputProblems, type RecordInput } from './record-input.ts';
import * as repository from './records.repository.ts';
import type { CaseRecordRow } from './records.repository.ts';

/** Allow for a device clock a little ahead of the server's. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function supersededError() {
  return problems.conflict(
    'record-superseded',
    '该文书已有更正版本',
    '该文书已被更正，请在最新版本上更正。',
  );
}

export interface SealRequest {
  readonly actor: Actor;
  /** The case, loaded inside the caller's transaction with its row locked. */
  readonly loaded: LoadedCase;
  readonly input: RecordInput;
  readonly correction?: { readonly supersedes: CaseRecordRow; readonly reason: string };
  readonly now: Date;
}

/**
 * Checks one record against its case and the catalogue and seals it, inside the caller's
 * transaction (so an approval that produces a record commits with it). The caller has
 * checked that the actor may work on the case.
 */
export async function sealRecord(tx: DbOrTx, record: RecordEvent, request: SealRequest) {
  const { actor, loaded, input, correction, now } = request;
  const row = loaded.row;
  if (row.closedInErrorAt !== null) {
    throw problems.conflict(
      'case-closed-in-error',
      '案件已关闭',
      '该案件已作为误立案件关闭，不能再制作文书。',
    );
  }
  if (row.stage === 'archived') {
    throw problems.conflict(
      'case-archived',
      '案件已归档',
      '案卷已立卷归档，不能再制作或更正文书。',
    );
  }
  const spec = recordTypeSpec(input.type);
  const context = ruleContextOf(loaded, now);
  const { stage, procedure } = context.enforcementCase;
  const open = recordStageOpen(spec.stage, stage, procedure, context.events);
  if (open === 'not_reached') {
    throw problems.conflict(
      'record-stage-not-reached',
      '尚未进入该环节',
      `《${spec.label}》属于“${STAGE_LABELS[spec.stage]}”环节，案件当前处于“${STAGE_LABELS[stage]}”环节。`,
    );
  }
  if (open === 'skipped') {
    throw problems.conflict(
      'record-stage-skipped',
      '本案未经过该环节',
      `本案没有经过“${STAGE_LABELS[spec.stage]}”环节，不能制作《${spec.label}》。`,
    );
  }
  const invalid = recordInputProblems(
    input,
    toEnforcementCase(row, loaded.officers),
    context.profile,
  );
  if (Date.parse(input.madeAt) > now.getTime() + FUTURE_TOLERANCE_MS) {
    invalid.push({ name: 'body.madeAt', reason: '制作时间不能晚于当前时间' });
  }
  if (invalid.length > 0) throw problems.validation(invalid);
  const inserted = await repository
    .insertRecord(tx, {
      caseId: row.id,
      type: input.type,
      madeAt: new Date(input.madeAt),
      fields: input.fields,
      signature: input.signature ?? null,
      situations: [...input.situations],
      confidentiality: input.confidentiality,
      supersedesId: correction?.supersedes.id ?? null,
      correctionReason: correction?.reason ?? null,
      createdBy: actor.id,
    })
    .catch((error: unknown) => {
      if (uniqueViolation(error) !== undefined) throw supersededError();
      throw error;
    });
  await record({
    action: 'case.record_added',
    agencyId: row.agencyId,
    actor: eventActor(actor),
    target: { type: 'record', id: inserted.id },
    // The digest binds the row to this entry (version 2: with the confidentiality level).
    hashes: [{ name: 'record', algorithm: 'sha256', hex: caseRecordDigestV2(inserted) }],
    data: {
      recordId: inserted.id,
      type: input.type,
      supersedesId: inserted.supersedesId,
      correctionReason: inserted.correctionReason,
    },
  });
  return inserted;
}
