import type { Permission } from '@liuhen/domain';
import type { Actor } from '../auth/actor.ts';
import { requireReadable } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import type { DbOrTx } from '../db/database.ts';
import { Problem, problems } from '../http/problem.ts';
import { requireImporter, requireOwnAgencyFile } from './import-policy.ts';
import * as repository from './imported-files.repository.ts';
import type { ImportedFileRow } from './imported-files.repository.ts';

/** How a look at a docked file was allowed: on which case, through which grant. */
export interface ImportedFileAccess {
  readonly file: ImportedFileRow;
  /** The case it is on now; null for a file in the inbox or set aside. */
  readonly caseId: string | null;
  readonly grantId: string | null;
}

/**
 * Who may see a docked file's bytes or poster. Once it is on a case (placed, or registered as
 * an AV record there) it is that case's material and the case's policy decides, as for the
 * AV record made from it: a grant limited to the recording covers the file too. On no case
 * (the inbox, or set aside) it belongs to the people who may place it — the agency's
 * officers, heads and archivist — who may view it to find its case; a download (a copy for
 * use) waits until it is on a case. Another agency's file answers 404.
 */
export async function authorizeImportedFile(
  db: DbOrTx,
  actor: Actor,
  id: string,
  permission: Permission,
  now: Date,
): Promise<ImportedFileAccess> {
  const file = await repository.findImportedFile(db, id);
  if (file === undefined) throw problems.notFound('该导入的音像文件');
  const [placement] = await repository.listPlacements(db, [file.id]);
  const caseId = placement?.caseId ?? null;
  if (caseId !== null) {
    const registered = await repository.registrations(db, [
      { caseId, objectId: file.evidenceObjectId },
    ]);
    const avRecordId = registered.get(`${caseId}|${file.evidenceObjectId}`);
    const theCase = await requireReadable(db, actor, await cases.findCase(db, caseId), now, {
      permission,
      subjectIds: [file.id, ...(avRecordId === undefined ? [] : [avRecordId])],
    }).catch((error: unknown) => {
      // The case is not named to one who may not know it: the file is what was asked for.
      if (error instanceof Problem && error.status === 404) {
        throw problems.notFound('该导入的音像文件');
      }
      throw error;
    });
    return { file, caseId, grantId: theCase.grantId };
  }
  requireOwnAgencyFile(actor, file);
  requireImporter(actor);
  if (permission === 'evidence:download') {
    throw problems.forbidden(
      '尚未分配到案件的音像文件只能查看；分配到案件后，按该案件的权限下载。',
    );
  }
  return { file, caseId: null, grantId: null };
}
