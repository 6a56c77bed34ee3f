import { incidentInputProblems } from '@liuhen/domain';
import { eventActor, type Actor } from '../auth/actor.ts';
import { displayNames } from '../body-cameras/body-cameras.repository.ts';
import type { Db } from '../db/database.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import { decodeTimeIdCursor, encodeCursor } from '../http/common-schemas.ts';
import { problems } from '../http/problem.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { currentProfile } from '../profiles/resolve-profile.ts';
import { requireImporter } from '../station-import/import-policy.ts';
import { authorizeImportedFile } from '../station-import/imported-file-access.ts';
import { importedFileViews } from '../station-import/imported-file-views.ts';
import * as files from '../station-import/imported-files.repository.ts';
import type { RegisterIncidentInput } from './incident-schemas.ts';
import { requireIncidentKeeper, requireIncidentReader } from './incident-policy.ts';
import { incidentView } from './incident-views.ts';
import * as repository from './incidents.repository.ts';
import type { IncidentRow } from './incidents.repository.ts';
import { placeOnIncident } from './place-on-incident.ts';
import { recordingRetentionView } from './recording-retention.ts';

export interface IncidentsDependencies {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly postersDir: string;
  readonly now: () => Date;
}

/** The most recordings an incident's page shows; a larger one is the exception. */
const RECORDINGS_SHOWN = 500;

/**
 * 事件: subjects of recordings that are not cases (004 第十二条(十)(十一)). Registered once and
 * never changed (their name labels what is placed on them); docked files are placed on them
 * as on a case, each placement on the ledger with who and why.
 */
export function createIncidentsService(deps: IncidentsDependencies) {
  const { db, ledger, now } = deps;

  async function views(rows: readonly IncidentRow[]) {
    const names = await displayNames(
      db,
      rows.map((row) => row.registeredBy),
    );
    const counts = await repository.recordingCounts(
      db,
      rows.map((row) => row.id),
    );
    return rows.map((row) => incidentView(row, names, counts.get(row.id) ?? 0));
  }

  async function recordingsOf(incident: IncidentRow) {
    const ids = await files.listImportedFileIds(db, {
      agencyId: incident.agencyId,
      incidentId: incident.id,
      limit: RECORDINGS_SHOWN,
    });
    const rows = await files.findImportedFiles(db, ids);
    const ordered = ids.map((id) => rows.find((row) => row.id === id)!);
    const shown = await importedFileViews(db, ordered, { postersDir: deps.postersDir, now: now() });
    const agency = await findAgency(db, incident.agencyId);
    const profile =
      agency?.profileId == null ? undefined : (await currentProfile(db, agency.profileId)).profile;
    return shown.map((view, index) => ({
      ...view,
      retention: recordingRetentionView(profile, incident.kind, ordered[index]!),
    }));
  }

  return {
    async register(actor: Actor, input: RegisterIncidentInput) {
      const agencyId = requireIncidentKeeper(actor);
      const invalid = incidentInputProblems(input, now().toISOString());
      if (invalid.length > 0) {
        throw problems.validation(
          invalid.map((problem) => ({ name: `body.${problem.field}`, reason: problem.reason })),
        );
      }
      const row = await ledger
        .transaction(async (tx, record) => {
          const inserted = await repository.insertIncident(tx, {
            agencyId,
            name: input.name,
            kind: input.kind,
            startedAt: new Date(input.startedAt),
            endedAt: input.endedAt === undefined ? null : new Date(input.endedAt),
            description: input.description || null,
            registeredBy: actor.id,
            registeredAt: now(),
          });
          await record({
            action: 'incident.registered',
            agencyId,
            actor: eventActor(actor),
            target: { type: 'incident', id: inserted.id },
            data: {
              incidentId: inserted.id,
              name: inserted.name,
              kind: inserted.kind,
              startedAt: inserted.startedAt.toISOString(),
              endedAt: inserted.endedAt?.toISOString() ?? null,
              description: inserted.description,
            },
          });
          return inserted;
        })
        .catch((error: unknown) => {
          if (uniqueViolation(error) === 'incidents_agency_name_key') {
            throw problems.conflict(
              'incident-name-taken',
              '事件名称已登记',
              `本机关已登记名为「${input.name}」的事件；同名事件会使音像文件的标识相同，请改用能区分的名称（如加上日期或地点）。`,
            );
          }
          throw error;
        });
      const [view] = await views([row]);
      return { ...view!, recordings: [] };
    },

    async list(actor: Actor, query: { q?: string | undefined; cursor?: string; limit: number }) {
      const agencyId = requireIncidentKeeper(actor);
      const rows = await repository.listIncidents(db, {
        agencyId,
        q: query.q,
        before: decodeTimeIdCursor(query.cursor),
        limit: query.limit,
      });
      const last = rows.at(-1);
      return {
        items: await views(rows),
        nextCursor:
          rows.length === query.limit && last !== undefined
            ? encodeCursor(`${last.registeredAt.toISOString()}|${last.id}`)
            : null,
      };
    },

    async get(actor: Actor, id: string) {
      const incident = requireIncidentReader(actor, await repository.findIncident(db, id));
      const [view] = await views([incident]);
      return { ...view!, recordings: await recordingsOf(incident) };
    },

    /**
     * A person places a docked file on an incident, with a reason: one who may place the
     * agency's files, or — for a file now on a case — one who works that case.
     */
    async assign(actor: Actor, fileId: string, input: { incidentId: string; reason: string }) {
      requireImporter(actor);
      const { file } = await authorizeImportedFile(db, actor, fileId, 'case:work', now());
      const incident = await repository.findIncident(db, input.incidentId);
      if (incident?.agencyId !== file.agencyId) throw problems.notFound('该事件');
      await ledger.transaction((tx, record) =>
        placeOnIncident(tx, record, {
          file,
          incidentId: incident.id,
          actor,
          reason: input.reason,
          at: now(),
        }),
      );
      const [view] = await importedFileViews(db, [file], {
        postersDir: deps.postersDir,
        now: now(),
      });
      return view!;
    },
  };
}
export type IncidentsService = ReturnType<typeof createIncidentsService>;
