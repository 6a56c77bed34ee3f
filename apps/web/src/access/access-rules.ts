import type { AccessRequest } from './access-api.ts';

// What the web reads off access requests: which grant lets the user in where the case's
// abilities do not (a grant limited to some recordings is not an ability on the whole
// case), and the bounds of the dates asked for. The server decides again on every byte.

const DAY_MS = 24 * 3_600_000;

/** A grant is for a task, not a standing right: a month at the most (the server's bound). */
export const LONGEST_GRANT_DAYS = 31;
/** What the form proposes: a week. */
export const DEFAULT_GRANT_DAYS = 7;

export interface GrantQuestion {
  readonly userId: string;
  readonly permission: string;
  /** The material asked about, by any of its ids (an attachment and its record). */
  readonly subjectIds: readonly string[];
  readonly now: Date;
}

function concerns(request: AccessRequest, question: GrantQuestion): boolean {
  return (
    request.grantee.userId === question.userId &&
    request.permissions.includes(question.permission) &&
    (request.subjectIds === null ||
      question.subjectIds.some((id) => request.subjectIds!.includes(id)))
  );
}

/** The approved request in force now that lets this user do this to this material. */
export function coveringGrant(
  requests: readonly AccessRequest[],
  question: GrantQuestion,
): AccessRequest | undefined {
  return requests.find(
    (request) =>
      request.status === 'approved' &&
      request.decision?.approved === true &&
      request.revocation === null &&
      request.decision.validUntil !== null &&
      Date.parse(request.decision.validUntil) > question.now.getTime() &&
      concerns(request, question),
  );
}

/** A request of the user's for this, still waiting for the head. */
export function pendingRequest(
  requests: readonly AccessRequest[],
  question: GrantQuestion,
): AccessRequest | undefined {
  return requests.find((request) => request.status === 'pending' && concerns(request, question));
}

/** By the case's abilities, else by a grant on this very material. */
export function mayUse(
  abilities: readonly string[],
  requests: readonly AccessRequest[],
  question: GrantQuestion,
): boolean {
  return abilities.includes(question.permission) || coveringGrant(requests, question) !== undefined;
}

/** 全案, or how many items a grant is limited to. */
export function scopeText(subjectIds: readonly string[] | null): string {
  return subjectIds === null ? '全案' : `指定材料 ${subjectIds.length} 项`;
}

/** Whether an end date asked for lies after now and within the month the server allows. */
export function untilAllowed(until: Date, now: Date): boolean {
  const ms = until.getTime() - now.getTime();
  return ms > 0 && ms <= LONGEST_GRANT_DAYS * DAY_MS;
}

/** An approver may end the grant earlier than asked, never later, and not in the past. */
export function shorterUntilAllowed(until: Date, requestedUntil: string, now: Date): boolean {
  return until.getTime() > now.getTime() && until.getTime() <= Date.parse(requestedUntil);
}

/** The grant's holder gives it up; a head who may revoke on the case ends it. */
export function mayRevoke(request: AccessRequest, userId: string, canRevoke: boolean): boolean {
  return request.status === 'approved' && (request.grantee.userId === userId || canRevoke);
}

export interface MaterialAccess {
  readonly canView: boolean;
  readonly canDownload: boolean;
  /** The user's request for it still waiting, if any (shown instead of asking again). */
  readonly pending: AccessRequest | undefined;
}

/** What the user may do to one recording or attachment: by abilities, else by a grant on it. */
export function materialAccess(
  abilities: readonly string[],
  requests: readonly AccessRequest[],
  who: { readonly userId: string; readonly subjectIds: readonly string[]; readonly now: Date },
): MaterialAccess {
  const ask = (permission: string): GrantQuestion => ({ ...who, permission });
  return {
    canView: mayUse(abilities, requests, ask('evidence:view')),
    canDownload: mayUse(abilities, requests, ask('evidence:download')),
    pending:
      pendingRequest(requests, ask('evidence:view')) ??
      pendingRequest(requests, ask('evidence:download')),
  };
}
