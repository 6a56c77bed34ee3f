import { instantMs, type Instant } from '../enforcement/instant.ts';
import type { Role } from '../identity/roles.ts';
import { ROLES } from '../identity/roles.ts';
import { ACCESS_CITATIONS, READ_PERMISSIONS, type Permission } from './permissions.ts';
import { ROLE_REACH, type Reach } from './role-reach.ts';
import { rolesHold } from './grant-limits.ts';
import type { Citation } from '../citation/citation.ts';

/** The person asking, as the policy needs them. */
export interface AccessPerson {
  readonly id: string;
  readonly roles: readonly Role[];
  readonly agencyId: string | null;
  readonly departmentId: string | null;
  /** For a supervisor: the agencies under his oversight. */
  readonly supervisedAgencyIds: readonly string[];
}

/** The case a permission is asked on (or, to open one, the department it would be in). */
export interface AccessCase {
  readonly agencyId: string;
  readonly departmentId: string;
  /** The case's officers (承办人, 协办人); empty for a case not yet opened. */
  readonly officerIds: readonly string[];
}

/** Access beyond one's own, approved (调阅、复制), for one case or some of its material. */
export interface AccessGrantFacts {
  readonly id: string;
  readonly granteeId: string;
  readonly caseId: string;
  /** Null: the whole case; else only these records, recordings or attachments. */
  readonly subjectIds: readonly string[] | null;
  readonly permissions: readonly Permission[];
  readonly validFrom: Instant;
  readonly validUntil: Instant;
  readonly revokedAt?: Instant;
}

export type AccessDecision =
  | { readonly allowed: true; readonly via: 'role'; readonly role: Role; readonly reach: Reach }
  | { readonly allowed: true; readonly via: 'grant'; readonly grantId: string }
  | {
      readonly allowed: false;
      /** False: the person may not even know the case exists (answer 404, not 403). */
      readonly visible: boolean;
      /** For the person refused, in Chinese: why, and what to do. */
      readonly reason: string;
      readonly citations: readonly Citation[];
    };

const REACH_ORDER: readonly Reach[] = ['assigned', 'department', 'agency', 'supervised'];

function within(reach: Reach, person: AccessPerson, theCase: AccessCase): boolean {
  const assigned = theCase.officerIds.includes(person.id);
  switch (reach) {
    case 'assigned':
      return assigned;
    case 'department':
      return (
        assigned ||
        (person.agencyId === theCase.agencyId &&
          person.departmentId !== null &&
          person.departmentId === theCase.departmentId)
      );
    case 'agency':
      return assigned || person.agencyId === theCase.agencyId;
    case 'supervised':
      return person.supervisedAgencyIds.includes(theCase.agencyId);
  }
}

/** In force at `now`: begun, not expired, not revoked. Expiry and revocation bite at once. */
export function grantInForce(grant: AccessGrantFacts, now: Instant): boolean {
  const at = instantMs(now);
  return (
    instantMs(grant.validFrom) <= at &&
    at < instantMs(grant.validUntil) &&
    (grant.revokedAt === undefined || at < instantMs(grant.revokedAt))
  );
}

/** A grant in force now that covers this permission on this case (and subject, if any). */
export function coveringGrant(
  grants: readonly AccessGrantFacts[],
  request: {
    readonly personId: string;
    readonly caseId: string;
    readonly permission: Permission;
    /** The material asked for, by any of its ids (an attachment and its record). */
    readonly subjectIds?: readonly string[];
    readonly now: Instant;
  },
): AccessGrantFacts | undefined {
  return grants.find(
    (grant) =>
      grant.granteeId === request.personId &&
      grant.caseId === request.caseId &&
      grant.permissions.includes(request.permission) &&
      grantInForce(grant, request.now) &&
      (grant.subjectIds === null ||
        (request.subjectIds ?? []).some((id) => grant.subjectIds!.includes(id))),
  );
}

/** May the person know the case exists: his agency's, one he supervises, or one he holds a grant on. */
export function caseVisible(
  person: AccessPerson,
  theCase: AccessCase,
  hasLiveGrant: boolean,
): boolean {
  return (
    hasLiveGrant ||
    person.agencyId === theCase.agencyId ||
    (person.roles.includes('supervisor') && person.supervisedAgencyIds.includes(theCase.agencyId))
  );
}

function refusal(permission: Permission, person: AccessPerson, visible: boolean): AccessDecision {
  const supervisorOnly = person.roles.every((role) => role === 'supervisor');
  if (supervisorOnly && !READ_PERMISSIONS.includes(permission)) {
    return {
      allowed: false,
      visible,
      reason: '执法监督人员只能查阅，不能办理、下载或审批。',
      citations: [ACCESS_CITATIONS.restrictedUse],
    };
  }
  const evidence = permission === 'evidence:view' || permission === 'evidence:download';
  return {
    allowed: false,
    visible,
    reason: evidence
      ? '超出本人权限调阅、复制执法记录资料，须经采集该资料的承办机构负责人批准。请提交调阅申请。'
      : '您没有执行此操作的权限；如因工作需要，请提交调阅申请，经承办机构负责人批准。',
    citations: evidence
      ? [ACCESS_CITATIONS.beyondOwnPermission, ACCESS_CITATIONS.beyondOwnPermissionAndExternal]
      : [ACCESS_CITATIONS.restrictedUse],
  };
}

/**
 * The one question every service asks: may this person do this to this case (and, for a
 * grant limited to some material, to this record or recording)? Allowed by a role whose
 * reach covers the case, else by a grant in force; refused with the reason and whether the
 * case may be shown to exist at all.
 */
export function decideAccess(input: {
  readonly person: AccessPerson;
  readonly permission: Permission;
  readonly theCase: AccessCase & { readonly id?: string };
  readonly grants?: readonly AccessGrantFacts[];
  /** The record, recording or attachment asked for, by any of its ids. */
  readonly subjectIds?: readonly string[];
  readonly now: Instant;
}): AccessDecision {
  const { person, permission, theCase } = input;
  let best: { role: Role; reach: Reach } | undefined;
  for (const role of ROLES) {
    if (!person.roles.includes(role)) continue;
    const reach = ROLE_REACH[role][permission];
    if (reach === undefined || !within(reach, person, theCase)) continue;
    if (best === undefined || REACH_ORDER.indexOf(reach) < REACH_ORDER.indexOf(best.reach)) {
      best = { role, reach };
    }
  }
  if (best !== undefined) return { allowed: true, via: 'role', ...best };

  const grants = input.grants ?? [];
  const caseId = theCase.id;
  // A grant lifts reach, never adds a permission the person's roles lack (checked when asked,
  // and again here: roles change after a grant is given).
  if (caseId !== undefined && rolesHold(person.roles, permission)) {
    const grant = coveringGrant(grants, {
      personId: person.id,
      caseId,
      permission,
      now: input.now,
      ...(input.subjectIds === undefined ? {} : { subjectIds: input.subjectIds }),
    });
    if (grant !== undefined) return { allowed: true, via: 'grant', grantId: grant.id };
  }
  const live = grants.some(
    (grant) =>
      grant.granteeId === person.id && grant.caseId === caseId && grantInForce(grant, input.now),
  );
  return refusal(permission, person, caseVisible(person, theCase, live));
}

/** Every permission the person has on the case now: what the web shows and hides by. */
export function abilitiesOn(input: {
  readonly person: AccessPerson;
  readonly theCase: AccessCase & { readonly id?: string };
  readonly grants?: readonly AccessGrantFacts[];
  readonly now: Instant;
  readonly permissions: readonly Permission[];
}): Permission[] {
  return input.permissions.filter((permission) => decideAccess({ ...input, permission }).allowed);
}
