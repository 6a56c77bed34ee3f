import { z } from 'zod';
import type { DbOrTx } from '../db/database.ts';
import { listOpenAlarms, type AlarmRow } from './integrity-alarms.repository.ts';
import { countStorageKeys, readRowCheck, readScrubState } from './scrub-state.repository.ts';

const iso = z.iso.datetime().nullable();

export const integrityAlarmSchema = z
  .object({
    kind: z.string(),
    subjectId: z.string(),
    problem: z.string(),
    caseIds: z.array(z.uuid()),
    ledgerEntries: z.array(z.object({ log: z.string(), seq: z.number() })),
    firstDetectedAt: z.iso.datetime(),
    lastDetectedAt: z.iso.datetime(),
  })
  .meta({ id: 'IntegrityAlarm' });

export const evidenceScrubSchema = z
  .object({
    running: z.boolean().describe('a pass is under way (possibly paused by a restart)'),
    passStartedAt: iso,
    objectsChecked: z.number().int(),
    objectsTotal: z.number().int(),
    bytesChecked: z.number().int(),
    lastPassStartedAt: iso,
    lastPassFinishedAt: iso,
    lastPassObjects: z.number().int().nullable(),
    lastPassBytes: z.number().int().nullable(),
    lastPassFailed: z.number().int().nullable(),
  })
  .meta({ id: 'EvidenceScrubProgress' });

export const integritySchema = z
  .object({
    status: z.enum(['ok', 'alarm']),
    openAlarms: z.number().int(),
    /** The first alarms, oldest first (health shows a few; the integrity route all it may). */
    alarms: z.array(integrityAlarmSchema),
    evidenceScrub: evidenceScrubSchema,
    rowCheck: z.object({
      lastFinishedAt: iso,
      rowsChecked: z.number().int().nullable(),
      mismatches: z.number().int().nullable(),
    }),
  })
  .meta({ id: 'Integrity' });
export type IntegrityView = z.infer<typeof integritySchema>;

function alarmView(alarm: AlarmRow): z.infer<typeof integrityAlarmSchema> {
  const details = alarm.details as {
    caseId?: string | null;
    cases?: { caseId: string }[];
    ledgerEntry?: { log: string; seq: number } | null;
    ledgerEntries?: { log: string; seq: number }[];
  };
  const caseIds = [
    ...new Set([
      ...(details.caseId ? [details.caseId] : []),
      ...(details.cases ?? []).map((c) => c.caseId),
    ]),
  ];
  return {
    kind: alarm.subjectType,
    subjectId: alarm.subjectId,
    problem: alarm.problem,
    caseIds,
    ledgerEntries: details.ledgerEntries ?? (details.ledgerEntry ? [details.ledgerEntry] : []),
    firstDetectedAt: alarm.firstDetectedAt.toISOString(),
    lastDetectedAt: alarm.lastDetectedAt.toISOString(),
  };
}

/** Where the re-proving stands and what it found; `agencyIds` limits the alarms shown. */
export async function integrityStatus(
  db: DbOrTx,
  options: { readonly agencyIds?: readonly string[]; readonly maxAlarms?: number } = {},
): Promise<IntegrityView> {
  const [alarms, scrub, rows, total] = await Promise.all([
    listOpenAlarms(db, options.agencyIds === undefined ? {} : { agencyIds: options.agencyIds }),
    readScrubState(db),
    readRowCheck(db),
    countStorageKeys(db),
  ]);
  const time = (date: Date | null | undefined) => date?.toISOString() ?? null;
  return {
    status: alarms.length > 0 ? 'alarm' : 'ok',
    openAlarms: alarms.length,
    alarms: alarms.slice(0, options.maxAlarms ?? alarms.length).map(alarmView),
    evidenceScrub: {
      running: scrub?.passStartedAt != null,
      passStartedAt: time(scrub?.passStartedAt),
      objectsChecked: scrub?.passStartedAt != null ? scrub.objectsChecked : 0,
      objectsTotal: total,
      bytesChecked: scrub?.passStartedAt != null ? scrub.bytesChecked : 0,
      lastPassStartedAt: time(scrub?.lastPassStartedAt),
      lastPassFinishedAt: time(scrub?.lastPassFinishedAt),
      lastPassObjects: scrub?.lastPassObjects ?? null,
      lastPassBytes: scrub?.lastPassBytes ?? null,
      lastPassFailed: scrub?.lastPassFailed ?? null,
    },
    rowCheck: {
      lastFinishedAt: time(rows?.lastPassFinishedAt),
      rowsChecked: rows?.lastPassObjects ?? null,
      mismatches: rows?.lastPassFailed ?? null,
    },
  };
}
