import { importedFileFindings, withCalendar, type ImportedFilePlacement } from '@liuhen/domain';
import { agencyCalendar } from '../calendar/agency-calendar.ts';
import { findEvidenceObject } from '../evidence/evidence-objects.repository.ts';
import { currentProfile } from '../profiles/resolve-profile.ts';
import { citationView } from '../cases/finding-view.ts';
import type { DbOrTx } from '../db/database.ts';
import { replaceImportedFileFindings } from '../findings/findings.repository.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import {
  findImportedFile,
  listPlacements,
  type PlacementRow,
} from './imported-files.repository.ts';

function placementOf(row: PlacementRow): ImportedFilePlacement {
  if (row.kind === 'dismissed') return { kind: 'dismissed', dismissal: row.dismissal! };
  if (row.kind === 'incident') return { kind: 'incident' };
  return row.caseId === null ? { kind: 'unassigned' } : { kind: 'case' };
}

/**
 * Recomputes the findings about one imported file that is on no case (due, late, or set aside
 * as unrelated to enforcement) and stores them beside the cases' findings, in the caller's
 * transaction. A file placed on a case has none: its case's AV rules take over; nor has one
 * placed on an incident, labelled with the incident's name (004 第十八条).
 */
export async function refreshImportedFileFindings(
  tx: DbOrTx,
  importedFileId: string,
  now: Date,
): Promise<void> {
  const file = await findImportedFile(tx, importedFileId);
  if (file === undefined) return;
  const [current] = await listPlacements(tx, [file.id]);
  const object = await findEvidenceObject(tx, file.evidenceObjectId);
  const agency = await findAgency(tx, file.agencyId);
  const profile =
    agency?.profileId == null ? undefined : (await currentProfile(tx, agency.profileId)).profile;
  const calendar = await agencyCalendar(tx, file.agencyId);
  const findings = withCalendar(calendar, () =>
    importedFileFindings(
      profile,
      {
        id: file.id,
        fileName: object!.originalName,
        deviceSerial: file.deviceSerial,
        ...(file.capturedUntil === null ? {} : { capturedUntil: file.capturedUntil.toISOString() }),
        importedAt: file.importedAt.toISOString(),
        placement: placementOf(current!),
        ...(file.awayReason === null ? {} : { awayReason: file.awayReason }),
        ...(file.cameraClockAt === null || file.stationClockAt === null
          ? {}
          : {
              clock: {
                cameraClockAt: file.cameraClockAt.toISOString(),
                stationClockAt: file.stationClockAt.toISOString(),
              },
            }),
      },
      now.toISOString(),
    ),
  );
  await replaceImportedFileFindings(
    tx,
    file.id,
    findings.map((finding) => ({
      caseId: null,
      importedFileId: file.id,
      agencyId: file.agencyId,
      departmentId: null,
      ruleId: finding.ruleId,
      severity: finding.severity,
      stage: null,
      subjectId: finding.subjectId,
      dueAt: finding.dueAt === undefined ? null : new Date(finding.dueAt),
      message: finding.message,
      citations: finding.citations.map(citationView) as Record<string, string>[],
      computedAt: now,
    })),
  );
}
