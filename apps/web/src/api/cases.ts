import type { ApprovalKind, TransitionId } from '@liuhen/domain';
import { call } from './client.ts';
import type { BodyOf, Page, ResponseOf, Schema } from './types.ts';

// The case API, typed from the API document (schema.gen.ts): cases, records, approvals.

/** A party as stored: the domain's party schema, normalised by the server. */
export type CaseParty =
  | {
      readonly kind: 'natural_person';
      readonly name: string;
      readonly residentId?: string;
      readonly idDocument?: { readonly type: 'passport' | 'other'; readonly number: string };
      readonly phone?: string;
      readonly address?: string;
    }
  | {
      readonly kind: 'organisation';
      readonly name: string;
      readonly creditCode: string;
      readonly legalRepresentative: string;
      readonly phone?: string;
      readonly address?: string;
    };

/**
 * The document types a party as an open record (the domain's party schema is not in it);
 * the server sends each one normalised as `CaseParty`.
 */
type WithParties<T> = Omit<T, 'parties'> & { readonly parties: CaseParty[] };
const withParties = <T extends { parties: unknown }>(value: T) =>
  value as unknown as WithParties<T>;

export type CaseSummary = WithParties<Schema<'Case'>>;
export type CaseDetail = Omit<Schema<'CaseDetail'>, 'case'> & { readonly case: CaseSummary };
export type OfficerRole = CaseOfficer['role'];
export type CaseOfficer = Schema<'CaseDetail'>['officers'][number];
export type CaseEventView = Schema<'CaseDetail'>['events'][number];
export type CaseRecordView = Schema<'CaseRecord'>;
export type SignatureView = NonNullable<CaseRecordView['signature']>;
export type FindingView = Schema<'Finding'>;
/** As a clerk reads it: 规定003 第二十九条, 《行政处罚法》第六十条. */
export type FindingCitation = FindingView['citations'][number];
export type AvailableTransition = Schema<'CaseDetail'>['transitions'][number];

export interface CaseFilter {
  readonly stage?: CaseSummary['stage'] | undefined;
  readonly actType?: CaseSummary['actType'] | undefined;
  readonly departmentId?: string | undefined;
  readonly search?: string | undefined;
  readonly includeClosedInError?: boolean | undefined;
}

export type NewCase = BodyOf<'openCase'>;
/** What a party looks like when sent: the domain's PartyInput. */
export type NewParty = NewCase['parties'][number];
type NewRecord = BodyOf<'createCaseRecord'>;
export type SignatureInput = NonNullable<NewRecord['signature']>;
/** A record's content, as made or corrected; 文书密级 is 普通 when left out. */
export type RecordContent = Omit<NewRecord, 'type'>;

export type TransitionResult = Omit<ResponseOf<'transitionCase'>, 'case'> & {
  readonly case: CaseSummary;
};

/** An approval (审批) of a case: the launch approval form or the draft decision, step by step. */
export type ApprovalRequestView = Schema<'ApprovalRequest'>;
export type ApprovalStepView = ApprovalRequestView['steps'][number];
/** `expectedVersion`: an older one means someone else acted first (409). */
export type ApprovalActInput = BodyOf<'actOnApproval'>;

/** An officer of the agency who can be put on a case. */
export type AgencyOfficer = ResponseOf<'listAgencyOfficers'>['items'][number];

export async function listCases(
  filter: CaseFilter,
  cursor?: string,
  limit = 50,
): Promise<Page<CaseSummary>> {
  const page = await call('listCases', {
    query: {
      cursor,
      limit,
      stage: filter.stage,
      actType: filter.actType,
      departmentId: filter.departmentId,
      search: filter.search?.trim() || undefined,
      includeClosedInError: filter.includeClosedInError ? 'true' : undefined,
    },
  });
  return { ...page, items: page.items.map(withParties) };
}

export async function openCase(input: NewCase): Promise<CaseSummary> {
  return withParties(await call('openCase', { body: input }));
}

export async function getCase(id: string): Promise<CaseDetail> {
  const detail = await call('getCase', { path: { id } });
  return { ...detail, case: withParties(detail.case) };
}

export async function transitionCase(
  id: string,
  transition: TransitionId,
): Promise<TransitionResult> {
  const result = await call('transitionCase', { path: { id }, body: { transition } });
  return { ...result, case: withParties(result.case) };
}

export function recordComplainantInformed(id: string, note: string) {
  return call('recordComplainantInformed', { path: { id }, body: { note } });
}

export async function closeCaseInError(id: string, reason: string): Promise<CaseSummary> {
  return withParties(await call('closeCaseInError', { path: { id }, body: { reason } }));
}

export function createRecord(caseId: string, input: NewRecord): Promise<CaseRecordView> {
  return call('createCaseRecord', { path: { id: caseId }, body: input });
}

export function correctRecord(
  recordId: string,
  input: BodyOf<'correctRecord'>,
): Promise<CaseRecordView> {
  return call('correctRecord', { path: { id: recordId }, body: input });
}

export async function listAgencyOfficers(agencyId: string): Promise<AgencyOfficer[]> {
  return (await call('listAgencyOfficers', { path: { id: agencyId } })).items;
}

// 审批 (apps/server/src/approvals/approvals.routes.ts): put up for approval, and act on it.

export async function listCaseApprovals(caseId: string): Promise<ApprovalRequestView[]> {
  return (await call('listCaseApprovals', { path: { id: caseId } })).items;
}

export function submitForApproval(
  caseId: string,
  kind: ApprovalKind,
  recordId: string,
): Promise<ApprovalRequestView> {
  return call('submitForApproval', { path: { id: caseId }, body: { kind, recordId } });
}

export function actOnApproval(id: string, input: ApprovalActInput): Promise<ApprovalRequestView> {
  return call('actOnApproval', { path: { id }, body: input });
}

/** One waiting approval in the signed-in user's inbox. */
export type InboxItem = ResponseOf<'listApprovalInbox'>['items'][number];

export async function listApprovalInbox(): Promise<InboxItem[]> {
  return (await call('listApprovalInbox')).items;
}

// 行政处罚法 第六十条 (apps/server/src/cases/decision-period.routes.ts): the decision period
// extended by the agency head, suspended and resumed. Each answers the case's events.

export function extendDecisionPeriod(caseId: string, input: BodyOf<'extendDecisionPeriod'>) {
  return call('extendDecisionPeriod', { path: { id: caseId }, body: input });
}

export function suspendDecisionPeriod(caseId: string, input: BodyOf<'suspendDecisionPeriod'>) {
  return call('suspendDecisionPeriod', { path: { id: caseId }, body: input });
}

export function resumeDecisionPeriod(caseId: string, input: BodyOf<'resumeDecisionPeriod'>) {
  return call('resumeDecisionPeriod', { path: { id: caseId }, body: input });
}
