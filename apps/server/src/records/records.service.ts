import { createHash } from 'node:crypto';
import {
  STAGE_LABELS,
  canonicalJson,
  recordTypeSpec,
  stageIndex,
  stagesVisited,
} from '@liuhen/domain';
import { eventActor, type Actor } from '../auth/actor.ts';
import { loadCase, ruleContextOf, toEnforcementCase } from '../cases/case-context.ts';
import { requireReadable, requireWorker } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { recordInputProblems, type RecordInput } from './record-input.ts';
import * as repository from './records.repository.ts';
import type { CaseRecordRow } from './records.repository.ts';

/** Allow for a device clock a little ahead of the server's. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

function sealedDigest(row: CaseRecordRow): string {
  const sealed = {
    id: row.id,
    caseId: row.caseId,
    type: row.type,
    madeAt: row.madeAt.toISOString(),
    fields: row.fields,
    signature: row.signature,
    situations: row.situations,
    supersedesId: row.supersedesId,
    correctionReason: row.correctionReason,
  };
  return createHash('sha256').update(canonicalJson(sealed)).digest('hex');
}

export function createRecordsService(db: Db, ledger: Ledger, now: () => Date) {
  /**
   * Seals one record (or a corrected version of one) on the case, after checking it and
   * the case: the case row is locked so the stage cannot move underneath.
   */
  async function seal(
    actor: Actor,
    caseId: string,
    input: RecordInput,
    correction?: { supersedes: CaseRecordRow; reason: string },
  ) {
    return ledger.transaction(async (tx, record) => {
      const row = await cases.lockCase(tx, caseId);
      if (!row) throw problems.notFound('该案件');
      const loaded = await loadCase(tx, row);
      requireWorker(actor, row, loaded.officers);
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
      const context = ruleContextOf(loaded, now());
      if (stageIndex(spec.stage) > stageIndex(context.enforcementCase.stage)) {
        throw problems.conflict(
          'record-stage-not-reached',
          '尚未进入该环节',
          `《${spec.label}》属于“${STAGE_LABELS[spec.stage]}”环节，案件当前处于“${STAGE_LABELS[context.enforcementCase.stage]}”环节。`,
        );
      }
      if (!stagesVisited(context.enforcementCase.stage, context.events).includes(spec.stage)) {
        throw problems.conflict(
          'record-stage-skipped',
          '本案未经过该环节',
          `本案没有经过“${STAGE_LABELS[spec.stage]}”环节，不能制作《${spec.label}》。`,
        );
      }
      const invalid = recordInputProblems(input, toEnforcementCase(row, loaded.officers));
      if (Date.parse(input.madeAt) > now().getTime() + FUTURE_TOLERANCE_MS) {
        invalid.push({ name: 'body.madeAt', reason: '制作时间不能晚于当前时间' });
      }
      if (invalid.length > 0) throw problems.validation(invalid);
      const inserted = await repository
        .insertRecord(tx, {
          caseId,
          type: input.type,
          madeAt: new Date(input.madeAt),
          fields: input.fields,
          signature: input.signature ?? null,
          situations: [...input.situations],
          supersedesId: correction?.supersedes.id ?? null,
          correctionReason: correction?.reason ?? null,
          createdBy: actor.id,
        })
        .catch((error: unknown) => {
          if (uniqueViolation(error) !== undefined) throw alreadyCorrected();
          throw error;
        });
      await record({
        action: 'case.record_added',
        agencyId: row.agencyId,
        actor: eventActor(actor),
        target: { type: 'record', id: inserted.id },
        hashes: [{ name: 'record', algorithm: 'sha256', hex: sealedDigest(inserted) }],
        data: {
          recordId: inserted.id,
          type: input.type,
          supersedesId: inserted.supersedesId,
          correctionReason: inserted.correctionReason,
        },
      });
      return inserted;
    });
  }

  async function recordOf(actor: Actor, db: DbOrTx, id: string) {
    const found = await repository.findRecord(db, id);
    if (!found) throw problems.notFound('该文书');
    requireReadable(actor, await cases.findCase(db, found.caseId));
    return found;
  }

  return {
    async create(actor: Actor, caseId: string, input: RecordInput) {
      requireReadable(actor, await cases.findCase(db, caseId));
      return seal(actor, caseId, input);
    },

    /**
     * A correction is a new version that supersedes the old one, with the reason; the old
     * one stays as it was. Only the current version can be corrected.
     */
    async correct(actor: Actor, id: string, input: Omit<RecordInput, 'type'>, reason: string) {
      const original = await recordOf(actor, db, id);
      const all = await repository.listRecords(db, original.caseId);
      if (all.some((row) => row.supersedesId === id)) throw alreadyCorrected();
      return seal(
        actor,
        original.caseId,
        { ...input, type: original.type as RecordInput['type'] },
        { supersedes: original, reason },
      );
    },

    async get(actor: Actor, id: string) {
      return recordOf(actor, db, id);
    },

    async list(actor: Actor, caseId: string) {
      const row = requireReadable(actor, await cases.findCase(db, caseId));
      return (await loadCase(db, row)).records;
    },
  };
}

function alreadyCorrected() {
  return problems.conflict(
    'record-superseded',
    '该文书已有更正版本',
    '该文书已被更正，请在最新版本上更正。',
  );
}

export type RecordsService = ReturnType<typeof createRecordsService>;
