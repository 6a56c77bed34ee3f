import type { DbOrTx } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import * as repository from './imported-files.repository.ts';
import type { ImportedFileRow, PlacementRow } from './imported-files.repository.ts';

/**
 * The file's current placement, refusing a change once it is on a case's AV list or set
 * aside: both are final. A file waiting, placed on a case and not registered, or on an
 * incident may still be moved, each move a new placement with its reason.
 */
export async function requireChangeable(tx: DbOrTx, file: ImportedFileRow): Promise<PlacementRow> {
  const [current] = await repository.listPlacements(tx, [file.id]);
  if (current!.kind === 'dismissed') {
    throw problems.conflict(
      'imported-file-dismissed',
      '文件已排除',
      '该文件已被排除（误录或与执法无关），排除记录不能撤回。',
    );
  }
  const caseId = current!.caseId;
  if (caseId !== null) {
    const registered = await repository.registrations(tx, [
      { caseId, objectId: file.evidenceObjectId },
    ]);
    if (registered.size > 0) {
      const caseNumber = (await repository.caseSummaries(tx, [caseId])).get(caseId)?.caseNumber;
      throw problems.conflict(
        'imported-file-registered',
        '文件已登记为音像记录',
        `该文件已在案件 ${caseNumber ?? ''} 登记为音像记录，不能再分配或排除。`,
      );
    }
  }
  return current!;
}
