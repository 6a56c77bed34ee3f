import {
  checkAccount,
  normalizeUsername,
  roleGrantRefusal,
  type EventData,
  type Role,
} from '@liuhen/domain';
import { sql } from 'drizzle-orm';
import { eventActor, type Actor } from '../auth/actor.ts';
import type { Ledger, RecordEvent } from '../ledger/ledger.ts';
import type { EventInput } from '../ledger/prepared-event.ts';
import { hashPassword } from '../auth/password-hashing.ts';
import { newOneTimePassword } from '../auth/secrets.ts';
import { deleteSessionsOfUser } from '../auth/sessions.repository.ts';
import { clearThrottle } from '../auth/login-throttle.repository.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import { Problem, problems } from '../http/problem.ts';
import {
  canSeeAgency,
  isPlatformAdmin,
  requireAdmin,
  requireAgencyInScope,
  rolesAllowWithoutAgency,
} from './admin-scope.ts';
import { findDepartment } from './agencies.repository.ts';
import * as repository from './users.repository.ts';
import type { UserRow } from './users.repository.ts';

export interface NewUserInput {
  readonly username: string;
  readonly displayName: string;
  readonly certificateNumber: string | null;
  readonly agencyId: string | null;
  readonly departmentId: string | null;
  readonly roles: Role[];
}

export interface UserChanges {
  readonly displayName?: string | undefined;
  readonly certificateNumber?: string | null | undefined;
  readonly departmentId?: string | null | undefined;
  readonly roles?: Role[] | undefined;
}

/** The account as the ledger records it (never the password hash). */
function accountOf(user: UserRow) {
  return {
    username: user.username,
    displayName: user.displayName,
    certificateNumber: user.certificateNumber,
    agencyId: user.agencyId,
    departmentId: user.departmentId,
    roles: user.roles as Role[],
  };
}

type UserAction =
  | 'identity.user_created'
  | 'identity.user_updated'
  | 'identity.user_deactivated'
  | 'identity.user_reactivated'
  | 'identity.password_reset';

function recordUserEvent<A extends UserAction>(
  record: RecordEvent,
  actor: Actor,
  user: UserRow,
  action: A,
  data: EventData<A>,
) {
  const event: EventInput<A> = {
    action,
    agencyId: user.agencyId,
    actor: eventActor(actor),
    target: { type: 'user', id: user.id },
    data,
  };
  return record(event);
}

const PLATFORM_ADMIN_LOCK_KEY = 0x41444d4e; // "ADMN"

function duplicateUser(error: unknown): never {
  const constraint = uniqueViolation(error);
  if (constraint?.includes('certificate')) {
    throw problems.conflict(
      'certificate-number-taken',
      '执法证件编号已登记',
      '该执法证件编号已登记在另一用户名下，请核对。',
    );
  }
  if (constraint !== undefined) {
    throw problems.conflict('username-taken', '用户名已被使用', '该用户名已被使用，请换一个。');
  }
  throw error;
}

/** 403 unless the actor may give these roles and this department (domain roleGrantRefusal). */
function requireMayGrant(
  actor: Actor,
  after: { roles: readonly Role[]; departmentId: string | null },
  before?: UserRow,
) {
  const refusal = roleGrantRefusal({
    granter: { id: actor.id, platformAdmin: isPlatformAdmin(actor) },
    after,
    ...(before === undefined
      ? {}
      : {
          before: {
            id: before.id,
            roles: before.roles as Role[],
            departmentId: before.departmentId,
          },
        }),
  });
  if (refusal !== null) throw new Problem(403, refusal.slug, refusal.title, refusal.detail);
}

export function createUsersService(db: Db, ledger: Ledger) {
  async function getInScope(actor: Actor, id: string): Promise<UserRow> {
    requireAdmin(actor);
    const user = await repository.findUserById(db, id);
    if (!user || !canSeeAgency(actor, user.agencyId)) throw problems.notFound('该用户');
    return user;
  }

  /** Roles, department and agency must fit together, and the department must be the agency's. */
  async function checkShape(
    tx: DbOrTx,
    shape: {
      agencyId: string | null;
      departmentId: string | null;
      certificateNumber: string | null;
      roles: Role[];
    },
  ) {
    const invalid = checkAccount(shape).map((p) => ({
      name: `body.${p.field}`,
      reason: p.message,
    }));
    if (shape.agencyId === null && !rolesAllowWithoutAgency(shape.roles)) {
      invalid.push({
        name: 'body.agencyId',
        reason: '除系统管理员和执法监督人员外，用户须属于一个执法机关',
      });
    }
    if (shape.departmentId) {
      const department = await findDepartment(tx, shape.departmentId);
      if (!department || department.agencyId !== shape.agencyId) {
        invalid.push({ name: 'body.departmentId', reason: '承办机构不属于所选执法机关' });
      }
    }
    if (invalid.length > 0) throw problems.validation(invalid);
  }

  /** At least one active platform administrator must remain, or nobody can fix anything. */
  async function guardLastPlatformAdmin(tx: DbOrTx, user: UserRow, stillAdminAfter: boolean) {
    if (
      stillAdminAfter ||
      user.agencyId !== null ||
      !user.roles.includes('admin') ||
      !user.active
    ) {
      return;
    }
    // Two administrators demoting each other at once must not both pass this check.
    await tx.execute(sql`select pg_advisory_xact_lock(${PLATFORM_ADMIN_LOCK_KEY})`);
    const admins = await repository.listActivePlatformAdmins(tx);
    if (admins.length <= 1) {
      throw problems.conflict(
        'last-platform-admin',
        '不能移除最后一名平台管理员',
        '系统至少需要保留一名在用的平台系统管理员。',
      );
    }
  }

  return {
    async list(actor: Actor, filter: repository.UserListFilter) {
      requireAdmin(actor);
      const agencyId = actor.agencyId ?? filter.agencyId;
      return repository.listUsers(db, { ...filter, agencyId });
    },

    get: getInScope,

    /** Creates the account with a one-time password that the administrator hands over. */
    async create(actor: Actor, input: NewUserInput) {
      requireAgencyInScope(actor, input.agencyId, '该执法机关');
      requireMayGrant(actor, input);
      const username = normalizeUsername(input.username);
      const oneTimePassword = newOneTimePassword();
      const passwordHash = await hashPassword(oneTimePassword);
      const user = await ledger.transaction(async (tx, record) => {
        await checkShape(tx, input);
        const created = await repository
          .insertUser(tx, { ...input, username, passwordHash, mustChangePassword: true })
          .catch(duplicateUser);
        await recordUserEvent(record, actor, created, 'identity.user_created', accountOf(created));
        return created;
      });
      return { user, oneTimePassword };
    },

    async update(actor: Actor, id: string, changes: UserChanges) {
      const user = await getInScope(actor, id);
      requireMayGrant(
        actor,
        {
          roles: changes.roles ?? (user.roles as Role[]),
          departmentId:
            changes.departmentId !== undefined ? changes.departmentId : user.departmentId,
        },
        user,
      );
      return ledger.transaction(async (tx, record) => {
        const next = {
          agencyId: user.agencyId,
          departmentId:
            changes.departmentId !== undefined ? changes.departmentId : user.departmentId,
          certificateNumber:
            changes.certificateNumber !== undefined
              ? changes.certificateNumber
              : user.certificateNumber,
          roles: changes.roles ?? (user.roles as Role[]),
        };
        await checkShape(tx, next);
        await guardLastPlatformAdmin(tx, user, next.roles.includes('admin'));
        const updated = await repository
          .updateUser(tx, id, { ...next, displayName: changes.displayName ?? user.displayName })
          .catch(duplicateUser);
        await recordUserEvent(record, actor, updated, 'identity.user_updated', {
          before: accountOf(user),
          after: accountOf(updated),
        });
        return updated;
      });
    },

    async deactivate(actor: Actor, id: string) {
      const user = await getInScope(actor, id);
      if (actor.id === id) {
        throw problems.conflict(
          'cannot-deactivate-self',
          '不能停用自己的账号',
          '请由另一名管理员操作。',
        );
      }
      if (!user.active) return user;
      return ledger.transaction(async (tx, record) => {
        await guardLastPlatformAdmin(tx, user, false);
        await deleteSessionsOfUser(tx, id);
        await recordUserEvent(record, actor, user, 'identity.user_deactivated', {});
        return repository.updateUser(tx, id, { active: false, deactivatedAt: new Date() });
      });
    },

    async reactivate(actor: Actor, id: string) {
      const user = await getInScope(actor, id);
      if (user.active) return user;
      return ledger.transaction(async (tx, record) => {
        await recordUserEvent(record, actor, user, 'identity.user_reactivated', {});
        return repository.updateUser(tx, id, { active: true, deactivatedAt: null });
      });
    },

    /** A new one-time password; the user's sessions end and any lockout is lifted. */
    async resetPassword(actor: Actor, id: string) {
      const user = await getInScope(actor, id);
      const oneTimePassword = newOneTimePassword();
      const passwordHash = await hashPassword(oneTimePassword);
      const updated = await ledger.transaction(async (tx, record) => {
        await recordUserEvent(record, actor, user, 'identity.password_reset', {});
        await deleteSessionsOfUser(tx, id);
        await clearThrottle(tx, user.username);
        return repository.updateUser(tx, id, { passwordHash, mustChangePassword: true });
      });
      return { user: updated, oneTimePassword };
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
