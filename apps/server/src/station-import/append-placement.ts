import { eventActor, type Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/database.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { PlacementKind } from '../db/schema.ts';
import { problems } from '../http/problem.ts';
import type { RecordEvent } from '../ledger/ledger.ts';
import { insertPlacement, type ImportedFileRow } from './imported-files.repository.ts';

export interface NewPlacement {
  readonly file: ImportedFileRow;
  /** One more than the current placement's: two people deciding at once cannot both win. */
  readonly sequence: number;
  /** Who caused it: the decider, or the importer for the matcher's own decision. */
  readonly actor: Actor;
  readonly at: Date;
  readonly kind: PlacementKind;
  readonly caseId: string | null;
  /** On an incident: which, and the standard name it is labelled with there. */
  readonly incident?: { readonly id: string; readonly storedName: string };
  readonly candidateCaseIds: string[];
  readonly dismissal: 'accidental' | 'unrelated' | null;
  readonly basis: string;
  readonly reason: string | null;
  readonly decidedBy: string | null;
}

/** Adds the file's next placement and its ledger event. */
export async function appendPlacement(tx: DbOrTx, record: RecordEvent, placement: NewPlacement) {
  const { file } = placement;
  const row = await insertPlacement(tx, {
    importedFileId: file.id,
    sequence: placement.sequence,
    kind: placement.kind,
    caseId: placement.caseId,
    incidentId: placement.incident?.id ?? null,
    storedName: placement.incident?.storedName ?? null,
    dismissal: placement.dismissal,
    basis: placement.basis,
    reason: placement.reason,
    candidateCaseIds: placement.candidateCaseIds,
    decidedBy: placement.decidedBy,
    decidedAt: placement.at,
  }).catch((error: unknown) => {
    if (uniqueViolation(error) === 'imported_file_placements_sequence_key') {
      throw problems.conflict(
        'imported-file-changed',
        '文件刚被他人处理',
        '该文件刚刚被他人分配或排除，请刷新后查看。',
      );
    }
    throw error;
  });
  await record({
    action: 'imported_file.placed',
    agencyId: file.agencyId,
    actor: eventActor(placement.actor),
    target: { type: 'imported_file', id: file.id },
    data: {
      importedFileId: file.id,
      placementId: row.id,
      kind: row.kind,
      caseId: row.caseId,
      ...(row.incidentId === null
        ? {}
        : { incidentId: row.incidentId, storedName: row.storedName! }),
      dismissal: row.dismissal,
      basis: row.basis,
      reason: row.reason,
    },
  });
  return row;
}
