import {
  AV_SITUATION_LABELS,
  formatLawCitation,
  formatRegulationCitation,
  standardProfile,
  type PolicyProfile,
} from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import type { StoredAvItemList } from '../db/schema.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import { latestVersion } from './agency-profiles.repository.ts';
import { isAgencyProfileId } from './resolve-profile.ts';

/** 音像记录事项清单 as a document: what the agency shows the public and prints. */
export type AvItemList = StoredAvItemList;

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
