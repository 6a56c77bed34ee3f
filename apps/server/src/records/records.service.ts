import type { Confidentiality } from '@liuhen/domain';
import { accessPersonOf } from '../access/access-person.ts';
import { recordsAsSeenBy } from '../access/record-masking.ts';
import { eventActor, type Actor } from '../auth/actor.ts';
import { loadCase } from '../cases/case-context.ts';
import { requireReadable, requireWorker } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import type { Db } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { RecordInput } from './record-input.ts';
import * as repository from './records.repository.ts';
import type { CaseRecordRow } from './records.repository.ts';
import { refreshCaseFindings } from '../findings/refresh-findings.ts';
import { sealRecord, supersededError } from './seal-record.ts';
import { requireSealedRecordRow } from '../integrity/require-intact.ts';

/** The alarm is on the ledger and in health; the request's own error log names the refusal. */
const silent = { error: () => {} };

export function createRecordsService(db: Db, ledger: Ledger, now: () => Date) {
  /** Locks the case so its stage cannot move while the record is checked and sealed. */
  function seal(
    actor: Actor,
    caseId: string,
    input: RecordInput,
    correction?: { supersedes: CaseRecordRow; reason: string },
  ) {
    return ledger.transaction(async (tx, record) => {
      const row = await cases.lockCase(tx, caseId);
      if (!row) throw problems.notFound('该案件');
      const loaded = await loadCase(tx, row);
      await requireWorker(tx, actor, row, loaded.officers, now());
      const at = now();
      const sealed = await sealRecord(tx, record, {
        actor,
        loaded,
        input,
        now: at,
        ...(correction === undefined ? {} : { correction }),
      });
      await refreshCaseFindings(tx, caseId, at);
      return sealed;
    });
  }

  async function readableRecord(actor: Actor, id: string) {
    const found = await repository.findRecord(db, id);
    if (!found) throw problems.notFound('该文书');
    const officers = await cases.listOfficers(db, found.caseId);
    const theCase = await requireReadable(
      db,
      actor,
      await cases.findCase(db, found.caseId),
      now(),
      { permission: 'record:read', subjectIds: [id], officers },
    );
    return { found, theCase, officers };
  }

  return {
    async create(actor: Actor, caseId: string, input: RecordInput) {
      await requireReadable(db, actor, await cases.findCase(db, caseId), now());
      return seal(actor, caseId, input);
    },

    /**
     * A correction is a new version that supersedes the old one, with the reason; the old
     * one stays as it was. Only the current version can be corrected. Those who may correct
     * (requireWorker) all need to know, so a correction is never made from masked text.
     */
    async correct(
      actor: Actor,
      id: string,
      input: Omit<RecordInput, 'type' | 'confidentiality'> & {
        readonly confidentiality?: Confidentiality | undefined;
      },
      reason: string,
    ) {
      const { found: original } = await readableRecord(actor, id);
      const all = await repository.listRecords(db, original.caseId);
      if (all.some((row) => row.supersedesId === id)) throw supersededError();
      return seal(
        actor,
        original.caseId,
        {
          ...input,
          type: original.type,
          confidentiality: input.confidentiality ?? original.confidentiality,
        },
        { supersedes: original, reason },
      );
    },

    /** Reading a record is itself on the record (every view appends a ledger event). */
    async get(actor: Actor, id: string) {
      const { found, theCase, officers } = await readableRecord(actor, id);
      // A row edited behind the application's back is not served as the sealed record.
      await requireSealedRecordRow(
        { db, ledger, now, logger: silent },
        found,
        theCase.agencyId,
        'read',
      );
      const [seen] = recordsAsSeenBy(await accessPersonOf(db, actor), theCase, officers, [found]);
      await ledger.append({
        action: 'case.record_viewed',
        agencyId: theCase.agencyId,
        actor: eventActor(actor),
        target: { type: 'record', id },
        data: { caseId: found.caseId, grantId: theCase.grantId },
      });
      return seen!;
    },

    async list(actor: Actor, caseId: string) {
      const row = await requireReadable(db, actor, await cases.findCase(db, caseId), now(), {
        permission: 'record:read',
      });
      const loaded = await loadCase(db, row);
      return recordsAsSeenBy(await accessPersonOf(db, actor), row, loaded.officers, loaded.records);
    },
  };
}

export type RecordsService = ReturnType<typeof createRecordsService>;
