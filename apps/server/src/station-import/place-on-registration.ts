import type { Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/database.ts';
import type { RecordEvent } from '../ledger/ledger.ts';
import { appendPlacement } from './append-placement.ts';
import { findImportedFileByObject, listPlacements } from './imported-files.repository.ts';
import { refreshImportedFileFindings } from './refresh-imported-file-findings.ts';

/**
 * An officer who registers a docked file on a case from elsewhere (the upload drawer, the
 * same bytes uploaded again) has placed it: the inbox must not go on asking for it, nor
 * raise its deadline. Does nothing for a file that was never docked or is already there.
 */
export async function placeOnRegistration(
  tx: DbOrTx,
  record: RecordEvent,
  registration: {
    readonly agencyId: string;
    readonly evidenceObjectId: string;
    readonly caseId: string;
    readonly caseNumber: string;
    readonly actor: Actor;
    readonly at: Date;
  },
): Promise<void> {
  const file = await findImportedFileByObject(
    tx,
    registration.agencyId,
    registration.evidenceObjectId,
  );
  if (file === undefined) return;
  const [current] = await listPlacements(tx, [file.id]);
  if (current!.caseId === registration.caseId) return;
  await appendPlacement(tx, record, {
    file,
    sequence: current!.sequence + 1,
    actor: registration.actor,
    at: registration.at,
    kind: 'manual',
    caseId: registration.caseId,
    candidateCaseIds: [],
    dismissal: null,
    basis: `${registration.actor.displayName}在案件 ${registration.caseNumber} 登记为音像记录。`,
    reason: null,
    decidedBy: registration.actor.id,
  });
  await refreshImportedFileFindings(tx, file.id, registration.at);
}
