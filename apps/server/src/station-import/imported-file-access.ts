import type { Permission } from '@liuhen/domain';
import { hasRole, type Actor } from '../auth/actor.ts';
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
  /** The case it is on now; null for a file in the inbox, on an incident or set aside. */
  readonly caseId: string | null;
  /** The incident (事件) it is on now, if it is, and the name it is labelled with there. */
  readonly incidentId: string | null;
  readonly storedName: string | null;
  readonly grantId: string | null;
}

/**
 * Who may see a docked file's bytes or poster. Once it is on a case (placed, or registered as
 * an AV record there) it is that case's material and the case's policy decides, as for the
 * AV record made from it: a grant limited to the recording covers the file too. On no case
 * (the inbox, or set aside) it belongs to the people who may place it — the agency's
 * officers, heads and archivist — who may view it to find its case; a download (a copy for
 * use) waits until it is on a case. On an incident (事件) it is the agency's too, viewed by the
 * same people; a copy is made for the heads and the archivist, who keep and release the
 * agency's recordings (004 第二十四条 专人负责归档、保存和使用; 第十九条 未经批准不得对外提供).
 * Another agency's file answers 404.
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
    return { file, caseId, incidentId: null, storedName: null, grantId: theCase.grantId };
  }
  requireOwnAgencyFile(actor, file);
  requireImporter(actor);
  const incidentId = placement?.incidentId ?? null;
  if (permission === 'evidence:download') requireCopyOffCase(actor, incidentId);
  return {
    file,
    caseId: null,
    incidentId,
    storedName: placement?.storedName ?? null,
    grantId: null,
  };
}

const INCIDENT_KEEPERS = ['department_head', 'agency_head', 'archivist'] as const;

function requireCopyOffCase(actor: Actor, incidentId: string | null): void {
  if (incidentId === null) {
    throw problems.forbidden(
      '尚未分配到案件的音像文件只能查看；分配到案件后，按该案件的权限下载。',
    );
  }
  if (!INCIDENT_KEEPERS.some((role) => hasRole(actor, role))) {
    throw problems.forbidden(
      '事件的音像文件由负责人或档案管理员下载；执法人员可以查看，需要复制件的请联系负责人。',
    );
  }
}
