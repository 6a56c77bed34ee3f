import { useEffect, useMemo, useState } from 'react';
import { call } from './client.ts';
import type { Agency, BodyOf, Page, Schema } from './types.ts';

/** One of the built-in policy profiles (策略配置): a regulation an agency works under. */
export type ProfileSummary = Schema<'PolicyProfileSummary'>;

/** An agency with the profile it works under (null until chosen): every agency route sends it. */
export type AgencyWithProfile = Agency;

export async function listProfiles(): Promise<ProfileSummary[]> {
  return (await call('listProfiles')).items;
}

/** Takes the id of one of `listProfiles`, which the server lists as a plain string. */
export function setAgencyProfile(agencyId: string, profileId: string): Promise<AgencyWithProfile> {
  const body = { profileId } as BodyOf<'setAgencyProfile'>;
  return call('setAgencyProfile', { path: { id: agencyId }, body });
}

export function listAgenciesWithProfile(
  cursor?: string,
  limit = 50,
): Promise<Page<AgencyWithProfile>> {
  return call('listAgencies', { query: { cursor, limit } });
}

export function getAgencyWithProfile(id: string): Promise<AgencyWithProfile> {
  return call('getAgency', { path: { id } });
}

/** "常山县综合行政执法局…制度（常综执〔2021〕61号）" for a select or a tag. */
export function profileLabel(profile: ProfileSummary): string {
  return profile.documentNumber ? `${profile.name}（${profile.documentNumber}）` : profile.name;
}

let cached: Promise<ProfileSummary[]> | null = null;

/** The built-in profiles, fetched once per page load (they change only with a release). */
export function useProfiles(): {
  readonly profiles: ProfileSummary[];
  readonly byId: ReadonlyMap<string, ProfileSummary>;
  readonly loading: boolean;
} {
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    cached ??= listProfiles();
    cached.then(
      (items) => !cancelled && setProfiles(items),
      () => {
        cached = null;
        if (!cancelled) setProfiles([]);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  const byId = useMemo(
    () => new Map((profiles ?? []).map((profile) => [profile.id, profile])),
    [profiles],
  );
  return { profiles: profiles ?? [], byId, loading: profiles === null };
}
