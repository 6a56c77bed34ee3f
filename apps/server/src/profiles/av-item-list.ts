import {
  AV_SITUATION_LABELS,
  formatLawCitation,
  formatRegulationCitation,
  standardProfile,
  type PolicyProfile,
} from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import { latestVersion } from './agency-profiles.repository.ts';
import { isAgencyProfileId } from './resolve-profile.ts';

/** 音像记录事项清单 as a document: what the agency shows the public and prints. */
export interface AvItemList {
  readonly agencyName: string;
  readonly profileId: string;
  readonly profileName: string;
  /** The agency's own version, or null for a standard profile. */
  readonly version: number | null;
  /** When that version was saved (null for a standard profile). */
  readonly savedAt: string | null;
  readonly items: readonly {
    readonly value: string;
    readonly citation: string;
    /** How the platform recognises it; empty when it is shown but not checked. */
    readonly situations: readonly string[];
  }[];
}

function itemsOf(profile: PolicyProfile): AvItemList['items'] {
  return (profile.mandatoryAvActs ?? []).map((item) => ({
    value: item.value,
    citation:
      'law' in item.citation
        ? formatLawCitation(item.citation)
        : formatRegulationCitation(item.citation),
    situations: (item.situations ?? []).map((situation) => AV_SITUATION_LABELS[situation]),
  }));
}

/** The list of the profile the agency works under now; undefined when there is no agency. */
export async function avItemListInForce(
  db: DbOrTx,
  agencyId: string,
): Promise<AvItemList | undefined> {
  const agency = await findAgency(db, agencyId);
  if (agency === undefined || agency.profileId === null) return undefined;
  if (isAgencyProfileId(agency.profileId)) {
    const row = await latestVersion(db, agency.profileId);
    if (row === undefined) return undefined;
    return {
      agencyName: agency.name,
      profileId: row.profileId,
      profileName: row.profile.name,
      version: row.version,
      savedAt: row.createdAt.toISOString(),
      items: itemsOf(row.profile),
    };
  }
  const profile = standardProfile(agency.profileId);
  if (profile === undefined) return undefined;
  return {
    agencyName: agency.name,
    profileId: profile.id,
    profileName: profile.name,
    version: null,
    savedAt: null,
    items: itemsOf(profile),
  };
}
