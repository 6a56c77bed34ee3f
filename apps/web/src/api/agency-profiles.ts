import type { PolicyProfile } from '@liuhen/domain';
import { call } from './client.ts';
import type { BodyOf, Schema } from './types.ts';

/** The agency's profile in force and, once it has its own, every saved version. */
export type AgencyProfileOverview = Schema<'AgencyProfileOverview'>;
export type AgencyProfileVersion = Schema<'AgencyProfileVersion'>;
export type EffectiveValue = Schema<'EffectiveValue'>;
/** An edit: the whole profile but its id and seed (the server keeps those of the copy). */
export type ProfileEdit = Omit<PolicyProfile, 'id' | 'seed'>;

export function getAgencyOwnProfile(agencyId: string): Promise<AgencyProfileOverview> {
  return call('getAgencyOwnProfile', { path: { id: agencyId } });
}

/** The profile a case opened now is checked against; version null for a standard one. */
export interface AgencyProfileInForce {
  readonly profileId: string;
  readonly version: number | null;
  readonly profile: PolicyProfile;
}

/** Answers 409 `agency-profile-not-set` while the agency has no profile. */
export async function getAgencyProfileInForce(agencyId: string): Promise<AgencyProfileInForce> {
  // The generated schema spells the profile out field by field; the domain type names it.
  return (await call('getAgencyProfileInForce', {
    path: { id: agencyId },
  })) as AgencyProfileInForce;
}

export function copyAgencyProfile(
  agencyId: string,
  basedOn: string,
): Promise<AgencyProfileVersion> {
  const body = { basedOn } as BodyOf<'copyAgencyProfile'>;
  return call('copyAgencyProfile', { path: { id: agencyId }, body });
}

export function getAgencyProfileVersion(
  agencyId: string,
  version: number,
): Promise<AgencyProfileVersion> {
  return call('getAgencyProfileVersion', { path: { id: agencyId, version } });
}

export function saveAgencyProfileVersion(
  agencyId: string,
  input: { expectedVersion: number; note: string; profile: ProfileEdit },
): Promise<AgencyProfileVersion> {
  return call('saveAgencyProfileVersion', {
    path: { id: agencyId },
    body: input as BodyOf<'saveAgencyProfileVersion'>,
  });
}

/** A standard profile with the values national law overrides. */
export function getStandardProfile(
  id: string,
): Promise<{ profile: PolicyProfile; effective: EffectiveValue[] }> {
  // The server lists the standard ids as an enum; a caller holds one of them as a string.
  const path = { id } as { id: 'national-baseline' };
  return call('getProfile', { path }) as never;
}

// 音像记录事项清单 向社会公开 (003 第十八条): published by the agency head, as an act.

/** The list in force (to compare) and every publication, newest first. */
export type AvItemListPublications = Schema<'AvItemListPublications'>;
export type AvItemListPublication = Schema<'AvItemListPublication'>;
/** The list as the public page shows it: the newest publication. */
export type PublishedAvItemList = Schema<'AvItemList'>;

export function listAvItemListPublications(agencyId: string): Promise<AvItemListPublications> {
  return call('listAvItemListPublications', { path: { id: agencyId } });
}

/** 发布: `expectedVersion` is the version the head confirmed (null for a standard profile). */
export function publishAvItemList(
  agencyId: string,
  expectedVersion: number | null,
): Promise<AvItemListPublication> {
  return call('publishAvItemList', { path: { id: agencyId }, body: { expectedVersion } });
}
