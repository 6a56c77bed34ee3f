import { createHash } from 'node:crypto';
import {
  changedProfileKeys,
  copyProfile,
  stableProfileJson,
  standardProfile,
  validateProfile,
  type ContentHash,
  type PolicyProfile,
} from '@liuhen/domain';
import type { Actor } from '../auth/actor.ts';
import { eventActor, hasRole } from '../auth/actor.ts';
import { displayNames } from '../body-cameras/body-cameras.repository.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { Db } from '../db/database.ts';
import { problems, Problem } from '../http/problem.ts';
import { supervisedAgencyIds } from '../access/access.repository.ts';
import { isPlatformAdmin } from '../identity/admin-scope.ts';
import * as agencies from '../identity/agencies.repository.ts';
import type { Ledger } from '../ledger/ledger.ts';
import * as repository from './agency-profiles.repository.ts';
import { agencyProfileId, agencyProfileNotSet, currentProfile } from './resolve-profile.ts';
import { requireAgencyEditor } from './agency-editor.ts';

/** An edit without `id` and `seed`: the server owns both (see `saveVersion`). */
export type ProfileEdit = Omit<PolicyProfile, 'id' | 'seed'>;

function requireEditor(actor: Actor, agencyId: string): void {
  requireAgencyEditor(
    actor,
    agencyId,
    '仅本机关主要负责人或系统管理员可以修改本机关的执法全过程记录制度。',
  );
}

/** The digest of the saved content, so the ledger entry pins what was saved. */
function digestOf(profile: PolicyProfile): ContentHash {
  const hex = createHash('sha256').update(stableProfileJson(profile)).digest('hex');
  return { name: 'profile.json', algorithm: 'sha256', hex };
}

const staleVersion = () =>
  new Problem(
    409,
    'profile-version-stale',
    '制度已被他人修改',
    '本机关的制度在您编辑期间已保存了新版本。请刷新后在最新版本上重新修改。',
  );

export function createAgencyProfilesService(db: Db, ledger: Ledger) {
  /** Its people, its supervisors and the platform see it; to anyone else it does not exist. */
  async function agencyOf(actor: Actor, agencyId: string) {
    const visible =
      isPlatformAdmin(actor) ||
      actor.agencyId === agencyId ||
      (hasRole(actor, 'supervisor') &&
        (await supervisedAgencyIds(db, actor.id)).includes(agencyId));
    if (!visible) throw problems.notFound('该执法机关');
    const agency = await agencies.findAgency(db, agencyId);
    if (agency === undefined) throw problems.notFound('该执法机关');
    return agency;
  }

  return {
    /** The agency, to whoever may read its profile (404 to anyone else). */
    readableAgency: agencyOf,

    /** The agency's profile in force and, if it has its own, every saved version. */
    async overview(actor: Actor, agencyId: string) {
      const agency = await agencyOf(actor, agencyId);
      const versions = await repository.listVersions(db, agencyId);
      const names = await displayNames(
        db,
        versions.map((row) => row.createdBy),
      );
      return { agency, versions, names };
    },

    /**
     * The profile a case opened now would be checked against (its act types, its 紧急启动),
     * so the new-case form offers what the server will accept.
     */
    async inForce(actor: Actor, agencyId: string) {
      const agency = await agencyOf(actor, agencyId);
      if (agency.profileId === null) throw agencyProfileNotSet();
      const { profile, version } = await currentProfile(db, agency.profileId);
      return { profileId: agency.profileId, version, profile };
    },

    async version(actor: Actor, agencyId: string, version: number) {
      await agencyOf(actor, agencyId);
      const row = await repository.findVersion(db, agencyProfileId(agencyId), version);
      if (row === undefined) throw problems.notFound('该版本');
      return row;
    },

    /**
     * 复制: the agency's own profile starts as a copy of a standard one (version 1) and is in
     * force from now on: new cases follow it, open cases keep theirs.
     */
    async copy(actor: Actor, agencyId: string, basedOn: string) {
      requireEditor(actor, agencyId);
      const agency = await agencyOf(actor, agencyId);
      const source = standardProfile(basedOn);
      if (source === undefined) {
        throw problems.validation([{ name: 'body.basedOn', reason: '请选择一项内置制度' }]);
      }
      const profileId = agencyProfileId(agencyId);
      const profile = copyProfile(source, profileId, `${agency.name}执法全过程记录制度`);
      return ledger.transaction(async (tx, record) => {
        const row = await repository
          .insertVersion(tx, {
            profileId,
            version: 1,
            agencyId,
            basedOn,
            profile,
            note: `复制自“${source.name}”`,
            createdBy: actor.id,
          })
          .catch((error: unknown) => {
            if (uniqueViolation(error) === undefined) throw error;
            throw new Problem(
              409,
              'agency-profile-exists',
              '本机关已有自己的制度',
              '本机关已复制过制度，请在现有制度上修改并保存新版本。',
            );
          });
        await agencies.updateAgency(tx, agencyId, { profileId });
        await record({
          action: 'profile.agency_copied',
          agencyId,
          actor: eventActor(actor),
          target: { type: 'agency_profile', id: profileId },
          hashes: [digestOf(profile)],
          data: { basedOn, version: 1, before: agency.profileId },
        });
        return row;
      });
    },

    /**
     * 保存: a new version after `expectedVersion`, never a change to it. The edit is
     * validated by the profile schema as a whole; its id and seed stay those of the copy, so
     * its citations keep pointing at the regulation they quote.
     */
    async saveVersion(
      actor: Actor,
      agencyId: string,
      input: { expectedVersion: number; note: string; profile: ProfileEdit },
    ) {
      requireEditor(actor, agencyId);
      await agencyOf(actor, agencyId);
      const profileId = agencyProfileId(agencyId);
      const latest = await repository.latestVersion(db, profileId);
      if (latest === undefined) {
        throw new Problem(
          409,
          'agency-profile-missing',
          '本机关尚无自己的制度',
          '请先复制一项内置制度，再修改。',
        );
      }
      if (latest.version !== input.expectedVersion) throw staleVersion();
      const { seed } = latest.profile;
      const parsed = validateProfile({
        ...input.profile,
        id: profileId,
        ...(seed === undefined ? {} : { seed }),
      });
      if (!parsed.success) {
        throw problems.validation(
          parsed.error.issues.map((issue) => ({
            name: ['body', 'profile', ...issue.path.map(String)].join('.'),
            reason: issue.message,
          })),
        );
      }
      const profile = parsed.data;
      const changed = changedProfileKeys(latest.profile, profile);
      if (changed.length === 0) {
        throw new Problem(
          409,
          'profile-unchanged',
          '没有修改',
          '与当前版本相比没有任何修改，无需保存新版本。',
        );
      }
      const version = latest.version + 1;
      return ledger.transaction(async (tx, record) => {
        const row = await repository
          .insertVersion(tx, {
            profileId,
            version,
            agencyId,
            basedOn: latest.basedOn,
            profile,
            note: input.note,
            createdBy: actor.id,
          })
          .catch((error: unknown) => {
            if (uniqueViolation(error) !== undefined) throw staleVersion();
            throw error;
          });
        await record({
          action: 'profile.agency_version_saved',
          agencyId,
          actor: eventActor(actor),
          target: { type: 'agency_profile', id: profileId },
          hashes: [digestOf(profile)],
          data: { version, note: input.note, changedKeys: changed },
        });
        return row;
      });
    },
  };
}

export type AgencyProfilesService = ReturnType<typeof createAgencyProfilesService>;
