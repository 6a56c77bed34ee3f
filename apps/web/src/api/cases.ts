import type {
  ActType,
  ApprovalActionType,
  ApprovalKind,
  AvSituation,
  Confidentiality,
  FindingSeverity,
  LaunchMode,
  Permission,
  Procedure,
  RecordTypeId,
  Role,
  Stage,
  TransitionId,
} from '@liuhen/domain';
import { request } from './client.ts';
import type { Page } from './types.ts';

// The case API as apps/server/src/cases/case-schemas.ts and records/records.routes.ts
// describe it.

export type OfficerRole = 'handler' | 'assisting';

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

export interface CaseSummary {
  readonly id: string;
  readonly agencyId: string;
  readonly departmentId: string;
  readonly profileId: string;
  readonly caseNumber: string;
  readonly name: string;
  readonly actType: ActType;
  readonly procedure: Procedure;
  readonly launchMode: LaunchMode;
  readonly stage: Stage;
  readonly majorDecision: boolean;
  readonly complainantRealName: boolean | null;
  readonly parties: CaseParty[];
  readonly closedInErrorAt: string | null;
  readonly closedInErrorReason: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface CaseOfficer {
  readonly userId: string;
  readonly role: OfficerRole;
  readonly name: string;
  readonly certificateNumber: string | null;
  readonly assignedAt: string;
}

export interface CaseEventView {
  readonly id: number;
  readonly type: string;
  readonly at: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly actorId: string | null;
}

export type SignatureView =
  | { readonly kind: 'signed'; readonly signers: string[]; readonly at: string }
  | {
      readonly kind: 'refused';
      readonly note: string;
      readonly at: string;
      readonly avRecordId?: string;
    };

export interface CaseRecordView {
  readonly id: string;
  readonly caseId: string;
  readonly type: RecordTypeId;
  readonly madeAt: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly signature: SignatureView | null;
  readonly situations: AvSituation[];
  readonly supersedesId: string | null;
  readonly correctionReason: string | null;
  readonly createdBy: string;
  readonly recordedAt: string;
  /**
   * 文书密级. Optional because a server from before 文书密级 leaves it out: read as
   * 普通 (cases/record-marks.ts).
   */
  readonly confidentiality?: Confidentiality;
  /** Identifiers, contacts and addresses in it are shown masked to this user. */
  readonly contentMasked?: boolean;
}

export interface FindingCitation {
  readonly seed?: string;
  readonly document?: string;
  readonly law?: string;
  readonly article: string;
  /** As a clerk reads it: 规定003 第二十九条, 《行政处罚法》第六十条. */
  readonly text: string;
}

export interface FindingView {
  readonly ruleId: string;
  readonly severity: FindingSeverity;
  readonly stage: string;
  readonly message: string;
  readonly subjectId: string | null;
  readonly dueAt: string | null;
  readonly citations: FindingCitation[];
}

export interface AvailableTransition {
  readonly id: TransitionId;
  readonly label: string;
  readonly to: Stage;
}

export interface CaseDetail {
  readonly case: CaseSummary;
  readonly officers: CaseOfficer[];
  readonly events: CaseEventView[];
  /** Every version, corrected ones included. */
  readonly records: CaseRecordView[];
  readonly findings: FindingView[];
  readonly transitions: AvailableTransition[];
  /**
   * What the signed-in user may do to this case by his role or a grant on the whole case
   * (the server's access policy); the page hides the rest. A grant limited to some material
   * is not here: the case's 调阅申请 say what it covers.
   */
  readonly abilities: Permission[];
}

export interface CaseFilter {
  readonly stage?: Stage | undefined;
  readonly actType?: ActType | undefined;
  readonly departmentId?: string | undefined;
  readonly search?: string | undefined;
  readonly includeClosedInError?: boolean | undefined;
}

/** What a party looks like when sent: the domain's PartyInput. */
export type NewParty = Record<string, unknown>;

export interface NewCase {
  readonly name: string;
  readonly actType: ActType;
  readonly procedure: Procedure;
  readonly launchMode: LaunchMode;
  readonly departmentId: string;
  readonly majorDecision: boolean;
  readonly complainantRealName?: boolean;
  readonly emergency: boolean;
  readonly parties: NewParty[];
  readonly officers: { userId: string; role: OfficerRole }[];
}

export type SignatureInput =
  { kind: 'signed'; signers: string[]; at: string } | { kind: 'refused'; note: string; at: string };

export interface RecordContent {
  readonly madeAt: string;
  readonly fields: Record<string, unknown>;
  readonly signature?: SignatureInput;
  readonly situations?: AvSituation[];
  /** 文书密级: 普通 when left out; a correction keeps the original's unless given. */
  readonly confidentiality?: Confidentiality;
}

export interface TransitionResult {
  readonly case: CaseSummary;
  readonly message: string;
  readonly violations: FindingView[];
}

export interface ApprovalStepView {
  readonly key: 'review' | 'legal_review' | 'approval';
  readonly label: string;
  readonly roles: Role[];
  readonly citations: Record<string, string>[];
  readonly delegatedTo?: string;
  readonly countersigners: { userId: string; approved: boolean }[];
  readonly approvedBy?: string;
}

/** An approval (审批) of a case: the launch approval form or the draft decision, step by step. */
export interface ApprovalRequestView {
  readonly id: string;
  readonly caseId: string;
  readonly kind: ApprovalKind;
  readonly subjectRecordId: string;
  readonly proposedBy: string;
  readonly status: 'pending' | 'approved' | 'returned';
  readonly currentStep: number;
  readonly steps: ApprovalStepView[];
  /** Sent back with each act: an older one means someone else acted first (409). */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ApprovalActInput {
  readonly action: ApprovalActionType;
  readonly expectedVersion: number;
  readonly comment?: string;
  readonly suggestions?: string;
  readonly userId?: string;
}

/** An officer of the agency who can be put on a case. */
export interface AgencyOfficer {
  readonly id: string;
  readonly displayName: string;
  readonly certificateNumber: string | null;
  readonly departmentId: string | null;
}

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

export function listCases(
  filter: CaseFilter,
  cursor?: string,
  limit = 50,
): Promise<Page<CaseSummary>> {
  return request<Page<CaseSummary>>('GET', '/cases', {
    query: {
      cursor,
      limit,
      stage: filter.stage,
      actType: filter.actType,
      departmentId: filter.departmentId,
      search: filter.search?.trim(),
      includeClosedInError: filter.includeClosedInError || undefined,
    },
  });
}

export function openCase(input: NewCase): Promise<CaseSummary> {
  return request<CaseSummary>('POST', '/cases', { body: input });
}

export function getCase(id: string): Promise<CaseDetail> {
  return request<CaseDetail>('GET', casePath(id));
}

export function transitionCase(id: string, transition: TransitionId): Promise<TransitionResult> {
  return request<TransitionResult>('POST', `${casePath(id)}/transitions`, {
    body: { transition },
  });
}

export function recordComplainantInformed(id: string, note: string) {
  return request<{ events: { type: string; at: string }[] }>(
    'POST',
    `${casePath(id)}/complainant-informed`,
    { body: { note } },
  );
}

export function closeCaseInError(id: string, reason: string): Promise<CaseSummary> {
  return request<CaseSummary>('POST', `${casePath(id)}/close-in-error`, { body: { reason } });
}

export function createRecord(
  caseId: string,
  input: RecordContent & { type: RecordTypeId },
): Promise<CaseRecordView> {
  return request<CaseRecordView>('POST', `${casePath(caseId)}/records`, { body: input });
}

export function correctRecord(
  recordId: string,
  input: RecordContent & { reason: string },
): Promise<CaseRecordView> {
  return request<CaseRecordView>('POST', `/records/${encodeURIComponent(recordId)}/corrections`, {
    body: input,
  });
}

export async function listAgencyOfficers(agencyId: string): Promise<AgencyOfficer[]> {
  const page = await request<{ items: AgencyOfficer[] }>(
    'GET',
    `/agencies/${encodeURIComponent(agencyId)}/officers`,
  );
  return page.items;
}

// 审批 (apps/server/src/approvals/approvals.routes.ts): put up for approval, and act on it.

export async function listCaseApprovals(caseId: string): Promise<ApprovalRequestView[]> {
  return (await request<{ items: ApprovalRequestView[] }>('GET', `${casePath(caseId)}/approvals`))
    .items;
}

export function submitForApproval(
  caseId: string,
  kind: ApprovalKind,
  recordId: string,
): Promise<ApprovalRequestView> {
  return request<ApprovalRequestView>('POST', `${casePath(caseId)}/approvals`, {
    body: { kind, recordId },
  });
}

export function actOnApproval(id: string, input: ApprovalActInput): Promise<ApprovalRequestView> {
  return request<ApprovalRequestView>('POST', `/approvals/${encodeURIComponent(id)}/actions`, {
    body: input,
  });
}

/** One waiting approval in the signed-in user's inbox. */
export interface InboxItem {
  readonly request: ApprovalRequestView;
  readonly caseNumber: string;
  readonly caseName: string;
}

export async function listApprovalInbox(): Promise<InboxItem[]> {
  return (await request<{ items: InboxItem[] }>('GET', '/approvals/inbox')).items;
}
