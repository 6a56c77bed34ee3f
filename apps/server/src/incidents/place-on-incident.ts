import {
  AvFileNameError,
  incidentRecordingName,
  nextIncidentSequence,
  recordingDay,
} from '@liuhen/domain';
import type { Actor } from '../auth/actor.ts';
import { extensionOf } from '../av-records/av-record-naming.ts';
import type { DbOrTx } from '../db/database.ts';
import { findEvidenceObject } from '../evidence/evidence-objects.repository.ts';
import { problems } from '../http/problem.ts';
import { findUserById } from '../identity/users.repository.ts';
import type { RecordEvent } from '../ledger/ledger.ts';
import { appendPlacement } from '../station-import/append-placement.ts';
import type { ImportedFileRow } from '../station-import/imported-files.repository.ts';
import { refreshImportedFileFindings } from '../station-import/refresh-imported-file-findings.ts';
import { requireChangeable } from '../station-import/require-changeable.ts';
import { lockIncident, namesGivenOn, type IncidentRow } from './incidents.repository.ts';

/**
 * Puts a docked file on an incident, in the caller's transaction: a new placement with who
 * and why, and the standard name it is labelled with there (004 第十八条 标明案号（或事件
 * 名称）). The incident is locked while the day's number is taken, so two placements at once
 * cannot both be 01. Its deadline finding goes: the file now carries its subject's name.
 */
export async function placeOnIncident(
  tx: DbOrTx,
  record: RecordEvent,
  placement: {
    readonly file: ImportedFileRow;
    readonly incidentId: string;
    readonly actor: Actor;
    readonly reason: string;
    readonly at: Date;
  },
): Promise<IncidentRow> {
  const { file, actor, at } = placement;
  const incident = await lockIncident(tx, placement.incidentId);
  if (incident?.agencyId !== file.agencyId) throw problems.notFound('该事件');
  const current = await requireChangeable(tx, file);
  if (current.incidentId === incident.id) {
    throw problems.conflict(
      'imported-file-already-on-incident',
      '已在该事件',
      `该文件已分配到事件「${incident.name}」。`,
    );
  }
  const storedName = await nameOnIncident(tx, incident, file, actor);
  await appendPlacement(tx, record, {
    file,
    sequence: current.sequence + 1,
    actor,
    at,
    kind: 'incident',
    caseId: null,
    incident: { id: incident.id, storedName },
    candidateCaseIds: [],
    dismissal: null,
    basis: `${actor.displayName}分配到事件「${incident.name}」，标识为 ${storedName}。`,
    reason: placement.reason,
    decidedBy: actor.id,
  });
  await refreshImportedFileFindings(tx, file.id, at);
  return incident;
}

/** 承办人: who held the camera, else who places the file; the day's next number. */
async function nameOnIncident(
  tx: DbOrTx,
  incident: IncidentRow,
  file: ImportedFileRow,
  actor: Actor,
): Promise<string> {
  const holder = file.holderId === null ? undefined : await findUserById(tx, file.holderId);
  const object = (await findEvidenceObject(tx, file.evidenceObjectId))!;
  const date = recordingDay({
    capturedFrom: file.capturedFrom?.toISOString(),
    importedAt: file.importedAt.toISOString(),
  });
  const sequence = nextIncidentSequence(await namesGivenOn(tx, incident.id), date);
  try {
    return incidentRecordingName({
      incident,
      date,
      sequence,
      handlerName: holder?.displayName ?? actor.displayName,
      extension: extensionOf(object),
    });
  } catch (error) {
    if (!(error instanceof AvFileNameError)) throw error;
    if (error.field === 'sequence') {
      throw problems.conflict(
        'incident-day-full',
        '当日序号已满',
        `事件「${incident.name}」在 ${date} 已有 99 个音像文件，两位数序号已用完；请登记一个新的事件（如按阶段或地点细分）后分配。`,
      );
    }
    throw problems.conflict('incident-name-unusable', '无法生成文件名', error.message);
  }
}
