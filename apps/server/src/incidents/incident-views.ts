import type { IncidentRow } from './incidents.repository.ts';

export function incidentView(
  row: IncidentRow,
  names: ReadonlyMap<string, string>,
  recordingCount: number,
) {
  return {
    id: row.id,
    agencyId: row.agencyId,
    name: row.name,
    kind: row.kind,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    description: row.description,
    registeredBy: { userId: row.registeredBy, displayName: names.get(row.registeredBy) ?? '' },
    registeredAt: row.registeredAt.toISOString(),
    recordingCount,
  };
}
