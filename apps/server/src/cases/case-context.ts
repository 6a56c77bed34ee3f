import {
  type CaseEvent,
  type CaseRecord,
  type EnforcementCase,
  type Party,
  type PolicyProfile,
  type RuleContext,
  type WorkingCalendar,
} from '@liuhen/domain';
import { agencyCalendar } from '../calendar/agency-calendar.ts';
import * as avRecordsRepository from '../av-records/av-records.repository.ts';
import type { AvRecordRow, EvidenceObjectRow } from '../av-records/av-records.repository.ts';
import { currentAvVersions, toAvRecord } from '../av-records/to-av-record.ts';
import type { DbOrTx } from '../db/database.ts';
import { profileAt } from '../profiles/resolve-profile.ts';
import * as records from '../records/records.repository.ts';
import type { CaseRecordRow } from '../records/records.repository.ts';
import * as repository from './cases.repository.ts';
import type { CaseEventRow, CaseOfficerRow, CaseRow } from './cases.repository.ts';

export function toEnforcementCase(row: CaseRow, officers: readonly CaseOfficerRow[]) {
  const enforcementCase: EnforcementCase = {
    id: row.id,
    name: row.name,
    caseNumber: row.caseNumber,
    actType: row.actType as EnforcementCase['actType'],
    procedure: row.procedure as EnforcementCase['procedure'],
    launchMode: row.launchMode as EnforcementCase['launchMode'],
    stage: row.stage as EnforcementCase['stage'],
    majorDecision: row.majorDecision,
    ...(row.complainantRealName === null ? {} : { complainantRealName: row.complainantRealName }),
    parties: row.parties as Party[],
    officers: officers.map((officer) => ({
      userId: officer.userId,
      name: officer.name,
      role: officer.role as 'handler' | 'assisting',
      ...(officer.certificateNumber === null
        ? {}
        : { certificateNumber: officer.certificateNumber }),
    })),
  };
  return enforcementCase;
}

export function toCaseEvent(row: CaseEventRow): CaseEvent {
  return { ...(row.data as object), type: row.type, at: row.at.toISOString() } as CaseEvent;
}

export function toCaseRecord(row: CaseRecordRow): CaseRecord {
  return {
    id: row.id,
    type: row.type as CaseRecord['type'],
    createdAt: row.madeAt.toISOString(),
    fields: row.fields as Record<string, unknown>,
    ...(row.signature === null ? {} : { signature: row.signature as CaseRecord['signature'] }),
    situations: row.situations as CaseRecord['situations'],
  };
}

/** The versions nobody has corrected: what the case file says now. */
export function currentVersions(rows: readonly CaseRecordRow[]): CaseRecordRow[] {
  const superseded = new Set(rows.map((row) => row.supersedesId).filter((id) => id !== null));
  return rows.filter((row) => !superseded.has(row.id));
}

export interface LoadedCase {
  readonly row: CaseRow;
  readonly officers: CaseOfficerRow[];
  readonly events: CaseEventRow[];
  readonly records: CaseRecordRow[];
  /** Every version of every AV record, and the stored objects they point to. */
  readonly avRecords: AvRecordRow[];
  readonly evidenceObjects: ReadonlyMap<string, EvidenceObjectRow>;
  /** The agency's working days: national years (built in and entered) and its layers. */
  readonly calendar: WorkingCalendar;
  /** The profile (and for an agency's own, the version) the case was opened under. */
  readonly profile: PolicyProfile;
}

export async function loadCase(db: DbOrTx, row: CaseRow): Promise<LoadedCase> {
  const [officers, events, recordRows, avRows, calendar, profile] = await Promise.all([
    repository.listOfficers(db, row.id),
    repository.listEvents(db, row.id),
    records.listRecords(db, row.id),
    avRecordsRepository.listAvRecords(db, row.id),
    agencyCalendar(db, row.agencyId),
    profileAt(db, row.profileId, row.profileVersion),
  ]);
  const objects = await avRecordsRepository.findEvidenceObjects(
    db,
    avRows.map((av) => av.evidenceObjectId),
  );
  return {
    row,
    officers,
    events,
    records: recordRows,
    avRecords: avRows,
    evidenceObjects: new Map(objects.map((object) => [object.id, object])),
    calendar,
    profile,
  };
}

/** What the domain rules look at, for the case as loaded and the moment given. */
export function ruleContextOf(loaded: LoadedCase, now: Date): RuleContext {
  return {
    enforcementCase: toEnforcementCase(loaded.row, loaded.officers),
    records: currentVersions(loaded.records).map(toCaseRecord),
    avRecords: currentAvVersions(loaded.avRecords).map((av) =>
      toAvRecord(av, loaded.evidenceObjects.get(av.evidenceObjectId)!, loaded.records),
    ),
    events: loaded.events.map(toCaseEvent),
    profile: loaded.profile,
    now: now.toISOString(),
    calendar: loaded.calendar,
  };
}
