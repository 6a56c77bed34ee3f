import { NATIONAL_BASELINE_PROFILE_ID, type Role } from '@liuhen/domain';
import type { Actor } from '../auth/actor.ts';
import { eventActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import { problems } from '../http/problem.ts';
import { supervisedAgencyIds } from '../access/access.repository.ts';
import { hasRole } from '../auth/actor.ts';
import {
  isPlatformAdmin,
  requireAdmin,
  requireAgencyInScope,
  requirePlatformAdmin,
} from './admin-scope.ts';
import { latestVersion } from '../profiles/agency-profiles.repository.ts';
import { agencyProfileId, isAgencyProfileId } from '../profiles/resolve-profile.ts';
import * as repository from './agencies.repository.ts';
import { listActiveOfficers, listActiveWithRoles } from './users.repository.ts';

function duplicateAgency(error: unknown): never {
  const constraint = uniqueViolation(error);
  if (constraint?.includes('code')) {
    throw problems.conflict(
      'agency-code-taken',
      '机关代字已被使用',
      '该机关代字已被其他执法机关使用，请换一个。',
    );
  }
  if (constraint !== undefined) {
    throw problems.conflict('agency-name-taken', '机关名称已存在', '已有同名的执法机关。');
  }
  throw error;
}

function duplicateDepartment(error: unknown): never {
  if (uniqueViolation(error) !== undefined) {
    throw problems.conflict(
      'department-name-taken',
      '承办机构名称已存在',
      '本机关已有同名的承办机构。',
    );
  }
  throw error;
}

/**
 * The agencies the actor may know of: every one for a platform administrator; else his own
 * and, for a supervisor, those assigned to him (their officers carry certificate numbers).
 */
async function visibleAgencyIds(db: Db, actor: Actor): Promise<string[] | 'all'> {
  if (isPlatformAdmin(actor)) return 'all';
  const supervised = hasRole(actor, 'supervisor') ? await supervisedAgencyIds(db, actor.id) : [];
  return [...(actor.agencyId === null ? [] : [actor.agencyId]), ...supervised];
}

export function createAgenciesService(db: Db, ledger: Ledger) {
  async function getAgency(actor: Actor, id: string) {
    const visible = await visibleAgencyIds(db, actor);
    const agency =
      visible === 'all' || visible.includes(id) ? await repository.findAgency(db, id) : undefined;
    if (!agency) throw problems.notFound('该执法机关');
    return agency;
  }

  return {
    /** Everyone sees the agency they belong to, supervisors those they supervise; the platform all. */
    async list(actor: Actor, afterName: string | undefined, limit: number) {
      const visible = await visibleAgencyIds(db, actor);
      return repository.listAgencies(db, afterName, limit, visible === 'all' ? undefined : visible);
    },

    getAgency,

    async create(actor: Actor, input: { name: string; code: string }) {
      requirePlatformAdmin(actor);
      return ledger.transaction(async (tx, record) => {
        // An agency with no regulation of its own works under national law from the start
        // (the rule of the platform, not anyone's act: the agency_created entry implies it).
        const agency = await repository
          .insertAgency(tx, { ...input, profileId: NATIONAL_BASELINE_PROFILE_ID })
          .catch(duplicateAgency);
        await record({
          action: 'identity.agency_created',
          agencyId: agency.id,
          actor: eventActor(actor),
          target: { type: 'agency', id: agency.id },
          data: { name: agency.name, code: agency.code },
        });
        return agency;
      });
    },

    async update(actor: Actor, id: string, changes: { name?: string; code?: string }) {
      requireAgencyInScope(actor, id, '该执法机关');
      const before = await getAgency(actor, id);
      return ledger.transaction(async (tx, record) => {
        const updated = await repository.updateAgency(tx, id, changes).catch(duplicateAgency);
        if (!updated) throw problems.notFound('该执法机关');
        await record({
          action: 'identity.agency_updated',
          agencyId: id,
          actor: eventActor(actor),
          target: { type: 'agency', id },
          data: {
            before: { name: before.name, code: before.code },
            after: { name: updated.name, code: updated.code },
          },
        });
        return updated;
      });
    },

    /** Which regulation the agency's cases are checked against, from now on. */
    async setProfile(actor: Actor, id: string, profileId: string) {
      requireAgencyInScope(actor, id, '该执法机关');
      const before = await getAgency(actor, id);
      // An agency's own profile is chosen only by that agency, and only once it exists.
      if (
        isAgencyProfileId(profileId) &&
        (profileId !== agencyProfileId(id) || !(await latestVersion(db, profileId)))
      ) {
        throw problems.validation([
          { name: 'body.profileId', reason: '本机关尚无该制度，请先复制一项内置制度' },
        ]);
      }
      return ledger.transaction(async (tx, record) => {
        const updated = await repository.updateAgency(tx, id, { profileId });
        if (!updated) throw problems.notFound('该执法机关');
        await record({
          action: 'identity.agency_profile_set',
          agencyId: id,
          actor: eventActor(actor),
          target: { type: 'agency', id },
          data: { before: before.profileId, after: profileId },
        });
        return updated;
      });
    },

    /** Colleagues who can be put on a case: every member of the agency may see them. */
    async listOfficers(actor: Actor, agencyId: string) {
      await getAgency(actor, agencyId);
      return listActiveOfficers(db, agencyId);
    },

    /**
     * Colleagues who hold one of `roles` (负责人, 法制审核人员): the people a step of an
     * approval can be handed to (转办) or shared with (加签). Every member may see them.
     */
    async listApprovers(actor: Actor, agencyId: string, roles: readonly Role[]) {
      await getAgency(actor, agencyId);
      return listActiveWithRoles(db, agencyId, roles);
    },

    async listDepartments(actor: Actor, agencyId: string) {
      await getAgency(actor, agencyId);
      return repository.listDepartments(db, agencyId);
    },

    async createDepartment(actor: Actor, agencyId: string, name: string) {
      requireAgencyInScope(actor, agencyId, '该执法机关');
      await getAgency(actor, agencyId);
      return ledger.transaction(async (tx, record) => {
        const department = await repository
          .insertDepartment(tx, { agencyId, name })
          .catch(duplicateDepartment);
        await record({
          action: 'identity.department_created',
          agencyId,
          actor: eventActor(actor),
          target: { type: 'department', id: department.id },
          data: { name },
        });
        return department;
      });
    },

    async renameDepartment(actor: Actor, id: string, name: string) {
      // Refused before looking: a non-administrator must not learn which ids exist (403 for
      // another agency's department, 404 for none would tell them apart).
      requireAdmin(actor);
      const department = await repository.findDepartment(db, id);
      if (!department) throw problems.notFound('该承办机构');
      requireAgencyInScope(actor, department.agencyId, '该承办机构');
      return ledger.transaction(async (tx, record) => {
        const updated = await repository
          .updateDepartment(tx, id, { name })
          .catch(duplicateDepartment);
        if (!updated) throw problems.notFound('该承办机构');
        await record({
          action: 'identity.department_renamed',
          agencyId: department.agencyId,
          actor: eventActor(actor),
          target: { type: 'department', id },
          data: { before: department.name, after: name },
        });
        return updated;
      });
    },
  };
}

export type AgenciesService = ReturnType<typeof createAgenciesService>;
