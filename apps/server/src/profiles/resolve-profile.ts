import { standardProfile, type PolicyProfile } from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import * as repository from './agency-profiles.repository.ts';

/** The id of an agency's own profile: one per agency, so derived from it. */
export function agencyProfileId(agencyId: string): string {
  return `agency-${agencyId}`;
}

export function isAgencyProfileId(profileId: string): boolean {
  return profileId.startsWith('agency-');
}

/** No profile chosen yet: nothing can be opened until an administrator sets one. */
export function agencyProfileNotSet() {
  return problems.conflict(
    'agency-profile-not-set',
    '尚未设置适用的制度',
    '本机关尚未选择适用的行政执法全过程记录制度（策略配置），请系统管理员在“机构管理”中设置后再启动执法程序。',
  );
}

export interface ProfileInForce {
  readonly profile: PolicyProfile;
  /** The agency profile's version; null for a standard profile (it has only one). */
  readonly version: number | null;
}

/** What a case opened now would be checked against: the newest version of the profile. */
export async function currentProfile(db: DbOrTx, profileId: string): Promise<ProfileInForce> {
  const standard = standardProfile(profileId);
  if (standard !== undefined) return { profile: standard, version: null };
  const latest = await repository.latestVersion(db, profileId);
  if (latest === undefined) throw new Error(`unknown policy profile ${profileId}`);
  return { profile: latest.profile, version: latest.version };
}

/**
 * The profile a case was opened under. A stored version never changes, so the case is
 * checked against the same list and periods for its whole life, whatever the agency edits
 * afterwards.
 */
export async function profileAt(
  db: DbOrTx,
  profileId: string,
  version: number | null,
): Promise<PolicyProfile> {
  if (version === null) {
    const standard = standardProfile(profileId);
    if (standard === undefined) throw new Error(`unknown policy profile ${profileId}`);
    return standard;
  }
  const row = await repository.findVersion(db, profileId, version);
  if (row === undefined) throw new Error(`unknown policy profile ${profileId} v${version}`);
  return row.profile;
}
