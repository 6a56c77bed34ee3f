import { useEffect, useMemo, useState } from 'react';
import { request } from './client.ts';
import type { Agency, Page } from './types.ts';

/** One of the built-in policy profiles (策略配置): a regulation an agency works under. */
export interface ProfileSummary {
  readonly id: string;
  readonly name: string;
  readonly issuer: string;
  readonly seed: string;
  readonly documentNumber: string | null;
}

/** An agency as the server sends it, with the profile it works under (null until chosen). */
export interface AgencyWithProfile extends Agency {
  readonly profileId: string | null;
}

export async function listProfiles(): Promise<ProfileSummary[]> {
  return (await request<{ items: ProfileSummary[] }>('GET', '/profiles')).items;
}

export function setAgencyProfile(agencyId: string, profileId: string): Promise<AgencyWithProfile> {
  return request<AgencyWithProfile>('PUT', `/agencies/${encodeURIComponent(agencyId)}/profile`, {
    body: { profileId },
  });
}

// The agency routes already answer with `profileId`; these read it with that type.

export function listAgenciesWithProfile(
  cursor?: string,
  limit = 50,
): Promise<Page<AgencyWithProfile>> {
  return request<Page<AgencyWithProfile>>('GET', '/agencies', { query: { cursor, limit } });
}

export function getAgencyWithProfile(id: string): Promise<AgencyWithProfile> {
  return request<AgencyWithProfile>('GET', `/agencies/${encodeURIComponent(id)}`);
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
