import { access } from 'node:fs/promises';
import { placementDeadline } from '@liuhen/domain';
import { findEvidenceObjects } from '../av-records/av-records.repository.ts';
import { currentProfile } from '../profiles/resolve-profile.ts';
import type { DbOrTx } from '../db/database.ts';
import { displayNames, findBodyCameras } from '../body-cameras/body-cameras.repository.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import { posterPath } from '../media/make-poster.ts';
import * as repository from './imported-files.repository.ts';
import type {
  ImportedFileRow,
  ImportedFileStatus,
  PlacementRow,
} from './imported-files.repository.ts';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function statusOf(placement: PlacementRow, avRecordId: string | undefined): ImportedFileStatus {
  if (placement.kind === 'dismissed') return 'dismissed';
  if (placement.kind === 'incident') return 'incident';
  if (placement.caseId === null) return 'unassigned';
  return avRecordId === undefined ? 'matched' : 'registered';
}

function placementView(row: PlacementRow, names: ReadonlyMap<string, string>) {
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    incidentId: row.incidentId,
    storedName: row.storedName,
    dismissal: row.dismissal,
    basis: row.basis,
    reason: row.reason,
    decidedBy:
      row.decidedBy === null
        ? null
        : { userId: row.decidedBy, displayName: names.get(row.decidedBy) ?? '' },
    decidedAt: row.decidedAt.toISOString(),
  };
}

/**
 * Imported files as the API shows them, loaded in a few queries for a page of them: the
 * stored object, the camera, the people, the current placement (its case or incident) and
 * whether an AV record was made from the file on its case, and by when an unassigned one
 * must be placed.
 */
export async function importedFileViews(
  db: DbOrTx,
  files: readonly ImportedFileRow[],
  options: { readonly postersDir: string; readonly now: Date },
) {
  if (files.length === 0) return [];
  const ids = files.map((file) => file.id);
  const placements = Map.groupBy(
    await repository.listPlacements(db, ids),
    (row) => row.importedFileId,
  );
  const objects = new Map(
    (
      await findEvidenceObjects(
        db,
        files.map((file) => file.evidenceObjectId),
      )
    ).map((row) => [row.id, row]),
  );
  const bodyCameraRows = new Map(
    (
      await findBodyCameras(
        db,
        files.flatMap((file) => (file.bodyCameraId === null ? [] : [file.bodyCameraId])),
      )
    ).map((row) => [row.id, row]),
  );
  const current = new Map(ids.map((id) => [id, placements.get(id)![0]!]));
  const caseIds = [...current.values()].flatMap((row) => [
    ...(row.caseId === null ? [] : [row.caseId]),
    ...row.candidateCaseIds,
  ]);
  const caseRefs = await repository.caseSummaries(db, [...new Set(caseIds)]);
  const incidentRefs = await repository.incidentSummaries(db, [
    ...new Set([...current.values()].flatMap((row) => row.incidentId ?? [])),
  ]);
  const registered = await repository.registrations(
    db,
    files.flatMap((file) => {
      const caseId = current.get(file.id)!.caseId;
      return caseId === null ? [] : [{ caseId, objectId: file.evidenceObjectId }];
    }),
  );
  const names = await displayNames(db, [
    ...files.flatMap((file) => [file.holderId, file.importedBy]),
    ...[...placements.values()].flat().map((row) => row.decidedBy),
  ]);
  const agency = await findAgency(db, files[0]!.agencyId);
  const profile =
    agency?.profileId == null ? undefined : (await currentProfile(db, agency.profileId)).profile;

  return Promise.all(
    files.map(async (file) => {
      const object = objects.get(file.evidenceObjectId)!;
      const placement = current.get(file.id)!;
      const avRecordId =
        placement.caseId === null
          ? undefined
          : registered.get(`${placement.caseId}|${file.evidenceObjectId}`);
      const status = statusOf(placement, avRecordId);
      const deadline =
        status !== 'unassigned' || profile === undefined
          ? undefined
          : placementDeadline(profile, {
              ...(file.capturedUntil === null
                ? {}
                : { capturedUntil: file.capturedUntil.toISOString() }),
              importedAt: file.importedAt.toISOString(),
              ...(file.awayReason === null ? {} : { awayReason: file.awayReason }),
            });
      const bodyCamera =
        file.bodyCameraId === null ? undefined : bodyCameraRows.get(file.bodyCameraId);
      const hasPoster = await exists(posterPath(options.postersDir, object.sha256));
      return {
        id: file.id,
        agencyId: file.agencyId,
        evidenceObjectId: object.id,
        fileName: object.originalName,
        sizeBytes: object.sizeBytes,
        sha256: object.sha256,
        sm3: object.sm3,
        mediaType: object.mediaType,
        media: object.media ?? null,
        posterUrl: hasPoster ? `/api/v1/imported-files/${file.id}/poster` : null,
        originalPath: file.originalPath,
        deviceSerial: file.deviceSerial,
        bodyCamera:
          bodyCamera === undefined
            ? null
            : {
                id: bodyCamera.id,
                serial: bodyCamera.serial,
                label: bodyCamera.label,
                model: bodyCamera.model,
              },
        holder:
          file.holderId === null
            ? null
            : { userId: file.holderId, displayName: names.get(file.holderId) ?? '' },
        capturedFrom: file.capturedFrom?.toISOString() ?? null,
        capturedUntil: file.capturedUntil?.toISOString() ?? null,
        importedBy: { userId: file.importedBy, displayName: names.get(file.importedBy) ?? '' },
        importedAt: file.importedAt.toISOString(),
        awayReason: file.awayReason,
        cameraClockAt: file.cameraClockAt?.toISOString() ?? null,
        stationClockAt: file.stationClockAt?.toISOString() ?? null,
        clockDriftSeconds:
          file.cameraClockAt === null || file.stationClockAt === null
            ? null
            : (file.cameraClockAt.getTime() - file.stationClockAt.getTime()) / 1000,
        status,
        case: placement.caseId === null ? null : (caseRefs.get(placement.caseId) ?? null),
        // 004 第十八条 标明案号（或事件名称）: the incident's name where a case number would be.
        incident:
          placement.incidentId === null ? null : (incidentRefs.get(placement.incidentId) ?? null),
        storedName: placement.storedName,
        placement: placementView(placement, names),
        candidates: placement.candidateCaseIds.flatMap((id) => {
          const ref = caseRefs.get(id);
          return ref === undefined ? [] : [ref];
        }),
        dueAt: deadline?.at === undefined ? null : new Date(deadline.at).toISOString(),
        overdue: deadline !== undefined && Date.parse(deadline.at) <= options.now.getTime(),
        avRecordId: avRecordId ?? null,
        /** The whole history, newest first (a list's response leaves it out). */
        placements: placements.get(file.id)!.map((row) => placementView(row, names)),
      };
    }),
  );
}
