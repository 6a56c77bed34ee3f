import {
  RECORD_PROXIMITY_HOURS,
  matchRecording,
  type CaptureWindow,
  type MatchCandidate,
  type RecordingMatch,
} from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import { assignmentAt, type BodyCameraRow } from '../body-cameras/body-cameras.repository.ts';
import { findUserById } from '../identity/users.repository.ts';
import * as repository from './imported-files.repository.ts';

const HOUR_MS = 3_600_000;

export interface MatchOutcome {
  readonly match: RecordingMatch;
  readonly holderId: string | null;
}

/**
 * Gathers what the domain matcher needs — who held the camera when the recording began, the
 * cases that person works on and the records made around the recording — and asks it.
 */
export async function matchImportedFile(
  db: DbOrTx,
  input: {
    readonly agencyId: string;
    readonly deviceSerial: string;
    readonly bodyCamera: BodyCameraRow | undefined;
    readonly capture: CaptureWindow | undefined;
  },
): Promise<MatchOutcome> {
  const { bodyCamera, capture } = input;
  const assignment =
    bodyCamera === undefined || capture === undefined
      ? undefined
      : await assignmentAt(db, bodyCamera.id, new Date(capture.from));
  const holder =
    assignment?.holderId == null ? undefined : await findUserById(db, assignment.holderId);
  const candidates: MatchCandidate[] = [];
  if (holder !== undefined && capture !== undefined) {
    const rows = await repository.casesOfOfficer(db, input.agencyId, holder.id);
    const ids = rows.map((row) => row.id);
    const ended = await repository.concludedAt(db, ids);
    const times = Map.groupBy(
      await repository.recordTimes(db, ids, {
        from: new Date(Date.parse(capture.from) - RECORD_PROXIMITY_HOURS * HOUR_MS),
        until: new Date(Date.parse(capture.until) + RECORD_PROXIMITY_HOURS * HOUR_MS),
      }),
      (row) => row.caseId,
    );
    for (const row of rows) {
      const endedAt = ended.get(row.id);
      candidates.push({
        caseId: row.id,
        caseNumber: row.caseNumber,
        officerIds: [holder.id],
        openedAt: row.createdAt.toISOString(),
        ...(endedAt === undefined ? {} : { endedAt: endedAt.toISOString() }),
        recordTimes: (times.get(row.id) ?? []).map((entry) => entry.madeAt.toISOString()),
      });
    }
  }
  const match = matchRecording({
    deviceSerial: input.deviceSerial,
    cameraRegistered: bodyCamera !== undefined,
    ...(holder === undefined ? {} : { holder: { userId: holder.id, name: holder.displayName } }),
    ...(capture === undefined ? {} : { capture }),
    candidates,
  });
  return { match, holderId: holder?.id ?? null };
}
