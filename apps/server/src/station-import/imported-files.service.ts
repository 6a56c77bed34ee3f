import { captureWindowOf } from '@liuhen/domain';
import { access } from 'node:fs/promises';
import { readScopeOf } from '../access/read-scope.ts';
import { eventActor, type Actor } from '../auth/actor.ts';
import { requireReadable, requireOpenCaseFile, requireWorker } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import { findBodyCameraBySerial } from '../body-cameras/body-cameras.repository.ts';
import {
  evidencePermission,
  type AccessPurpose,
  type AccessTokens,
} from '../evidence/access-tokens.ts';
import { copyInClaims, copyInEvent, type CopyIssuer } from '../evidence/copy-issuer.ts';
import { fileHashes } from '../evidence/evidence-object-view.ts';
import {
  findEvidenceObject,
  findEvidenceObjectBySha256,
} from '../evidence/evidence-objects.repository.ts';
import type { ByteRange, EvidenceStore } from '../evidence/evidence-store.ts';
import type { StoredBytes } from '../evidence/serve-stored-bytes.ts';
import { decodeTimeIdCursor, encodeCursor } from '../http/common-schemas.ts';
import { problems } from '../http/problem.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { posterPath } from '../media/make-poster.ts';
import { requireAgencyMember, requireImporter, requireOwnAgencyFile } from './import-policy.ts';
import { authorizeImportedFile } from './imported-file-access.ts';
import { clockReadingProblems } from './import-input-checks.ts';
import type { ImportInput } from './imported-file-schemas.ts';
import { importedFileViews } from './imported-file-views.ts';
import * as repository from './imported-files.repository.ts';
import type { ImportedFileRow, ImportedFileStatus } from './imported-files.repository.ts';
import { matchImportedFile } from './match-imported-file.ts';
import { appendPlacement } from './append-placement.ts';
import { refreshImportedFileFindings } from './refresh-imported-file-findings.ts';
import { requireChangeable } from './require-changeable.ts';

export interface ImportedFilesDependencies {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly store: EvidenceStore;
  readonly postersDir: string;
  readonly accessTokens: AccessTokens;
  readonly copies: CopyIssuer;
  readonly now: () => Date;
}

const accessSubject = (id: string) => `imported_file:${id}`;

export function createImportedFilesService(deps: ImportedFilesDependencies) {
  const { db, ledger, now } = deps;

  async function views(dbOrTx: DbOrTx, rows: readonly ImportedFileRow[]) {
    return importedFileViews(dbOrTx, rows, { postersDir: deps.postersDir, now: now() });
  }

  async function one(dbOrTx: DbOrTx, row: ImportedFileRow) {
    const [view] = await views(dbOrTx, [row]);
    return view!;
  }

  return {
    /**
     * A docked file, already stored through an upload, becomes an imported file and is placed:
     * on the one case its holder was working on, or in the inbox. Importing it again returns
     * what the first import made (the station may run twice over the same folder).
     */
    async importFile(actor: Actor, input: ImportInput) {
      const agencyId = requireImporter(actor);
      const invalid = clockReadingProblems(input, now());
      if (invalid.length > 0) throw problems.validation(invalid);
      const object = await findEvidenceObjectBySha256(db, agencyId, input.sha256);
      if (object === undefined) {
        throw problems.conflict(
          'evidence-not-stored',
          '文件尚未入库',
          '该文件尚未上传入库，请先通过上传接口上传，再登记导入。',
        );
      }
      const existing = await repository.findImportedFileByObject(db, agencyId, object.id);
      if (existing !== undefined) return { ...(await one(db, existing)), created: false };

      const bodyCamera = await findBodyCameraBySerial(db, agencyId, input.deviceSerial);
      const capture = captureWindowOf({
        ...(object.media?.capturedAt === undefined
          ? {}
          : { creationTime: object.media.capturedAt }),
        ...(input.fileModifiedAt === undefined ? {} : { modifiedAt: input.fileModifiedAt }),
        ...(object.media?.durationSeconds === undefined
          ? {}
          : { durationSeconds: object.media.durationSeconds }),
      });
      try {
        const row = await ledger.transaction(async (tx, record) => {
          const { match, holderId } = await matchImportedFile(tx, {
            agencyId,
            deviceSerial: input.deviceSerial,
            bodyCamera,
            capture,
          });
          const id = crypto.randomUUID();
          const file = await repository.insertImportedFile(tx, {
            id,
            agencyId,
            evidenceObjectId: object.id,
            deviceSerial: input.deviceSerial,
            bodyCameraId: bodyCamera?.id ?? null,
            holderId,
            originalPath: input.originalPath,
            fileModifiedAt:
              input.fileModifiedAt === undefined ? null : new Date(input.fileModifiedAt),
            awayReason: input.awayReason ?? null,
            cameraClockAt: input.cameraClockAt === undefined ? null : new Date(input.cameraClockAt),
            stationClockAt:
              input.stationClockAt === undefined ? null : new Date(input.stationClockAt),
            capturedFrom: capture === undefined ? null : new Date(capture.from),
            capturedUntil: capture === undefined ? null : new Date(capture.until),
            importedBy: actor.id,
            importedAt: now(),
          });
          await record({
            action: 'imported_file.imported',
            agencyId,
            actor: eventActor(actor),
            target: { type: 'imported_file', id },
            hashes: fileHashes(object),
            data: {
              importedFileId: id,
              evidenceObjectId: object.id,
              deviceSerial: input.deviceSerial,
              originalPath: input.originalPath,
              capturedFrom: file.capturedFrom?.toISOString() ?? null,
              capturedUntil: file.capturedUntil?.toISOString() ?? null,
              ...(file.awayReason === null ? {} : { awayReason: file.awayReason }),
              ...(file.cameraClockAt === null
                ? {}
                : {
                    cameraClockAt: file.cameraClockAt.toISOString(),
                    stationClockAt: file.stationClockAt!.toISOString(),
                  }),
            },
          });
          await appendPlacement(tx, record, {
            file,
            sequence: 1,
            actor,
            at: now(),
            ...(match.kind === 'matched'
              ? { kind: 'automatic', caseId: match.caseId, candidateCaseIds: [] }
              : { kind: 'unmatched', caseId: null, candidateCaseIds: [...match.candidateIds] }),
            dismissal: null,
            basis: match.basis,
            reason: null,
            decidedBy: null,
          });
          await refreshImportedFileFindings(tx, id, now());
          return file;
        });
        return { ...(await one(db, row)), created: true };
      } catch (error) {
        if (uniqueViolation(error) !== 'imported_files_agency_object_key') throw error;
        const raced = await repository.findImportedFileByObject(db, agencyId, object.id);
        return { ...(await one(db, raced!)), created: false };
      }
    },

    async list(
      actor: Actor,
      query: {
        status?: ImportedFileStatus | undefined;
        cursor?: string | undefined;
        limit: number;
      },
    ) {
      const agencyId = requireAgencyMember(actor);
      const key = decodeTimeIdCursor(query.cursor);
      const { cases: caseScope } = await readScopeOf(db, actor, now());
      const ids = await repository.listImportedFileIds(db, {
        agencyId,
        caseScope,
        status: query.status,
        before: key,
        limit: query.limit,
      });
      const rows = await repository.findImportedFiles(db, ids);
      const ordered = ids.map((fileId) => rows.find((row) => row.id === fileId)!);
      const last = ordered.at(-1);
      return {
        items: await views(db, ordered),
        nextCursor:
          ordered.length === query.limit && last !== undefined
            ? encodeCursor(`${last.importedAt.toISOString()}|${last.id}`)
            : null,
      };
    },

    async counts(actor: Actor) {
      const agencyId = requireAgencyMember(actor);
      const { cases: caseScope } = await readScopeOf(db, actor, now());
      return repository.countByStatus(db, agencyId, caseScope);
    },

    async get(actor: Actor, id: string) {
      // On a case, the file (its holder, the case's number and name) is the case's material:
      // its readers see it, as they see the AV record made from it.
      // In the inbox it is the agency's; another's, or none, answers 404 alike.
      const found = await repository.findImportedFile(db, id);
      const [latest] = found === undefined ? [] : await repository.listPlacements(db, [found.id]);
      if (latest?.caseId != null) {
        return one(db, (await authorizeImportedFile(db, actor, id, 'case:read', now())).file);
      }
      return one(db, requireOwnAgencyFile(actor, found));
    },

    /** Files placed on the case and not yet registered as AV records: the case's 待登记. */
    async pendingForCase(actor: Actor, caseId: string) {
      const theCase = await requireReadable(db, actor, await cases.findCase(db, caseId), now());
      const ids = await repository.listImportedFileIds(db, {
        agencyId: theCase.agencyId,
        status: 'matched',
        caseId,
        limit: 200,
      });
      const rows = await repository.findImportedFiles(db, ids);
      return views(
        db,
        ids.map((fileId) => rows.find((row) => row.id === fileId)!),
      );
    },

    /** A person places the file on a case: one of the case's workers, with a reason. */
    async assign(actor: Actor, id: string, input: { caseId: string; reason: string }) {
      requireImporter(actor);
      // Taking a file off a case is work on that case, as putting it on one is on the other.
      const { file } = await authorizeImportedFile(db, actor, id, 'case:work', now());
      const theCase = await cases.findCase(db, input.caseId);
      if (theCase?.agencyId !== file.agencyId) throw problems.notFound('该案件');
      await requireWorker(db, actor, theCase, await cases.listOfficers(db, theCase.id), now());
      requireOpenCaseFile(theCase);
      await ledger.transaction(async (tx, record) => {
        const current = await requireChangeable(tx, file);
        if (current.caseId === theCase.id) {
          throw problems.conflict(
            'imported-file-already-on-case',
            '已在该案件',
            `该文件已分配到案件 ${theCase.caseNumber}，待登记为音像记录。`,
          );
        }
        await appendPlacement(tx, record, {
          file,
          sequence: current.sequence + 1,
          actor,
          at: now(),
          kind: 'manual',
          caseId: theCase.id,
          candidateCaseIds: [],
          dismissal: null,
          basis: `${actor.displayName}分配到案件 ${theCase.caseNumber}。`,
          reason: input.reason,
          decidedBy: actor.id,
        });
        await refreshImportedFileFindings(tx, file.id, now());
      });
      return one(db, file);
    },

    /** 误录 or 与执法无关: set aside for good, with a reason; the latter is itself a finding. */
    async dismiss(
      actor: Actor,
      id: string,
      input: { kind: 'accidental' | 'unrelated'; reason: string },
    ) {
      requireImporter(actor);
      // A file on a case is set aside only by those who work the case.
      const { file } = await authorizeImportedFile(db, actor, id, 'case:work', now());
      await ledger.transaction(async (tx, record) => {
        const current = await requireChangeable(tx, file);
        await appendPlacement(tx, record, {
          file,
          sequence: current.sequence + 1,
          actor,
          at: now(),
          kind: 'dismissed',
          caseId: null,
          candidateCaseIds: [],
          dismissal: input.kind,
          basis:
            input.kind === 'accidental'
              ? `${actor.displayName}确认为误录，无执法内容。`
              : `${actor.displayName}确认与执法无关。`,
          reason: input.reason,
          decidedBy: actor.id,
        });
        await refreshImportedFileFindings(tx, file.id, now());
      });
      return one(db, file);
    },

    /** Who looks at a docked file, and why, goes on the ledger (with its case and grant) first. */
    async grantAccess(actor: Actor, id: string, purpose: AccessPurpose, reason: string) {
      const { file, caseId, incidentId, storedName, grantId } = await authorizeImportedFile(
        db,
        actor,
        id,
        evidencePermission(purpose),
        now(),
      );
      const object = await findEvidenceObject(db, file.evidenceObjectId);
      const copy = await deps.copies.forAccess(purpose, {
        actor,
        grantId,
        object: object!,
        // On an incident the copy carries the name it is labelled with (004 第十八条).
        fileName: storedName ?? object!.originalName,
      });
      await ledger.append({
        action: 'imported_file.accessed',
        agencyId: file.agencyId,
        actor: eventActor(actor),
        target: { type: 'imported_file', id },
        hashes: fileHashes(object!),
        data: {
          importedFileId: id,
          evidenceObjectId: object!.id,
          purpose,
          reason,
          caseId,
          ...(incidentId === null ? {} : { incidentId }),
          grantId,
          ...copyInEvent(copy),
        },
      });
      return deps.accessTokens.grant(
        {
          subject: accessSubject(id),
          userId: actor.id,
          purpose,
          ...copyInClaims(copy),
        },
        `/api/v1/imported-files/${id}/content`,
        now(),
      );
    },

    async content(actor: Actor, id: string, token: string) {
      const claims = deps.accessTokens.verify(
        token,
        { subject: accessSubject(id), userId: actor.id },
        now(),
      );
      if (claims === undefined) {
        throw problems.forbidden('查看或下载音像文件需先填写事由；该链接已失效，请重新打开。');
      }
      // Asked again on every range: a file placed on a case since, or a grant revoked or run
      // out, stops the playback at once.
      const { file, storedName } = await authorizeImportedFile(
        db,
        actor,
        id,
        evidencePermission(claims.purpose),
        now(),
      );
      const object = (await findEvidenceObject(db, file.evidenceObjectId))!;
      const fileName = storedName ?? object.originalName;
      if (claims.copyFile !== undefined) {
        const { name, ...copy } = await deps.copies.open(
          claims.copyFile,
          object.mediaType,
          fileName,
        );
        const bytes: StoredBytes = {
          ...copy,
          disposition: { kind: 'attachment', name, fallbackStem: 'recording' },
        };
        return bytes;
      }
      const bytes: StoredBytes = {
        sizeBytes: object.sizeBytes,
        mediaType: object.mediaType,
        open: (range?: ByteRange) => deps.store.read(object.storageKey, range),
        disposition: { kind: 'inline', name: fileName, fallbackStem: 'recording' },
      };
      return bytes;
    },

    /** A frame of the recording: shown to whoever may read where the file is. */
    async posterFile(actor: Actor, id: string) {
      const { file } = await authorizeImportedFile(db, actor, id, 'case:read', now());
      const object = (await findEvidenceObject(db, file.evidenceObjectId))!;
      const path = posterPath(deps.postersDir, object.sha256);
      try {
        await access(path);
      } catch {
        throw problems.notFound('该文件的封面');
      }
      return path;
    },
  };
}
export type ImportedFilesService = ReturnType<typeof createImportedFilesService>;
