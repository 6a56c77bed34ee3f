import type { AgencyRow } from '../identity/agencies.repository.ts';
import type { AgencyProfileVersionRow } from './agency-profiles.repository.ts';
import { effectiveValues } from './effective-view.ts';
import { agencyProfileId } from './resolve-profile.ts';

// Rows → JSON as the API schemas describe them.

export function versionView(row: AgencyProfileVersionRow) {
  return {
    profileId: row.profileId,
    version: row.version,
    basedOn: row.basedOn,
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    profile: row.profile,
    effective: effectiveValues(row.profile),
  };
}

export function agencyProfileView(overview: {
  agency: AgencyRow;
  versions: readonly AgencyProfileVersionRow[];
  names: ReadonlyMap<string, string>;
}) {
  const { agency, versions, names } = overview;
  const [newest] = versions;
  return {
    profileId: agency.profileId,
    own:
      newest === undefined
        ? null
        : {
            profileId: newest.profileId,
            basedOn: newest.basedOn,
            inForce: agency.profileId === agencyProfileId(agency.id),
            versions: versions.map((row) => ({
              version: row.version,
              note: row.note,
              createdBy: row.createdBy,
              createdByName: names.get(row.createdBy) ?? '',
              createdAt: row.createdAt.toISOString(),
            })),
          },
  };
}
