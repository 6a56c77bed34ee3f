import {
  bindsAny,
  ON_THE_SPOT_STAGES,
  RECORD_CATALOGUE,
  STAGES,
  requiredRecordTypes,
  stageIndex,
  type FieldBindingProfile,
  type CaseRecord,
  type EnforcementCase,
  type RecordTypeId,
  type RecordTypeSpec,
  type Permission,
  type Stage,
} from '@liuhen/domain';
import type { CaseDetail, CaseRecordView, CaseSummary } from '../api/cases.ts';
import { caseProfile } from '../av/av-profile.ts';

/**
 * Whether the server's access policy lets the user do this to the case (its `abilities`),
 * so that buttons appear only for those who may use them; the server checks again.
 */
export function can(detail: CaseDetail, permission: Permission): boolean {
  return detail.abilities.includes(permission);
}

export function hasEvent(detail: CaseDetail, type: string): boolean {
  return detail.events.some((event) => event.type === type);
}

/** Launched before approval because the matter was urgent (003 第十条). */
export function isEmergency(detail: CaseDetail): boolean {
  return detail.events.some((event) => event.type === 'launched' && event.data.emergency === true);
}

/**
 * Whether the launch approval may still be put up although the case has left the launch
 * stage: an emergency launch not yet approved, under a regulation that provides for it
 * (003 第十条; the domain's awaitsEmergencyLaunchApproval, which the server checks).
 */
export function awaitsLateLaunchApproval(detail: CaseDetail): boolean {
  const profile = caseProfile(detail);
  return (
    isEmergency(detail) &&
    profile.emergencyLaunchApprovalDeadline !== undefined &&
    detail.case.stage !== 'archived' &&
    !hasEvent(detail, 'launch_approved')
  );
}

function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/**
 * The stages the case has been through, as the domain's stagesVisited reads them: from the
 * stage changes, or every stage up to the current one while it has not moved.
 */
export function visitedStages(detail: CaseDetail): Stage[] {
  const current = detail.case.stage;
  const moves = detail.events.filter((event) => event.type === 'stage_changed');
  if (moves.length === 0) return STAGES.slice(0, stageIndex(current) + 1);
  const visited = new Set<Stage>(['launch', current]);
  for (const move of moves) {
    if (isStage(move.data.from)) visited.add(move.data.from);
    if (isStage(move.data.to)) visited.add(move.data.to);
    // Decided on the spot: investigation and decision happened there and then.
    if (move.data.from === 'launch' && move.data.to === 'service_and_execution') {
      for (const stage of ON_THE_SPOT_STAGES) visited.add(stage);
    }
  }
  return STAGES.filter((stage) => visited.has(stage));
}

/**
 * The record types that can be made now: of a stage the case has reached and not skipped,
 * and, on a simplified case not yet decided, of the work done on the spot (the domain's
 * recordStageOpen).
 */
export function recordTypesAllowed(detail: CaseDetail): RecordTypeSpec[] {
  const visited = visitedStages(detail);
  const current = stageIndex(detail.case.stage);
  const onTheSpot = detail.case.procedure === 'simplified' && detail.case.stage === 'launch';
  return RECORD_CATALOGUE.filter(
    (spec) =>
      (visited.includes(spec.stage) && stageIndex(spec.stage) <= current) ||
      (onTheSpot && ON_THE_SPOT_STAGES.includes(spec.stage)),
  );
}

/**
 * The case as the catalogue's field conditions read it. Only `majorDecision` and
 * `complainantRealName` are consulted (conditionHolds), so parties and officers are left
 * out rather than retyped.
 */
export function caseForConditions(row: CaseSummary): EnforcementCase {
  return {
    id: row.id,
    name: row.name,
    caseNumber: row.caseNumber,
    actType: row.actType,
    procedure: row.procedure,
    launchMode: row.launchMode,
    stage: row.stage,
    majorDecision: row.majorDecision,
    ...(row.complainantRealName === null ? {} : { complainantRealName: row.complainantRealName }),
    parties: [],
    officers: [],
  };
}

export interface RecordVersions {
  /** The version in force. */
  readonly current: CaseRecordView;
  /** Earlier versions it corrects, newest first. */
  readonly earlier: CaseRecordView[];
}

/** Records as chains of versions: each current version with the ones it superseded. */
export function recordChains(records: readonly CaseRecordView[]): RecordVersions[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const superseded = new Set(
    records.map((record) => record.supersedesId).filter((id): id is string => id !== null),
  );
  return records
    .filter((record) => !superseded.has(record.id))
    .map((current) => {
      const earlier: CaseRecordView[] = [];
      let previous = current.supersedesId ? byId.get(current.supersedesId) : undefined;
      while (previous) {
        earlier.push(previous);
        previous = previous.supersedesId ? byId.get(previous.supersedesId) : undefined;
      }
      return { current, earlier };
    });
}

/** The version that corrected `record`, if any. */
export function newerVersionOf(
  records: readonly CaseRecordView[],
  record: CaseRecordView,
): CaseRecordView | undefined {
  return records.find((candidate) => candidate.supersedesId === record.id);
}

/**
 * The record types the case's regulation requires by now and that are not on file yet,
 * as the required-record rule sees them (so the picker can point at them).
 */
export function outstandingRecordTypes(detail: CaseDetail): Set<RecordTypeId> {
  const profile = caseProfile(detail);
  const records: CaseRecord[] = recordChains(detail.records).map(({ current }) => ({
    id: current.id,
    type: current.type,
    createdAt: current.madeAt,
    fields: current.fields,
    situations: current.situations,
  }));
  const enforcementCase = caseForConditions(detail.case);
  const current = stageIndex(detail.case.stage);
  const outstanding = new Set<RecordTypeId>();
  for (const stage of visitedStages(detail)) {
    if (stageIndex(stage) > current) continue;
    for (const required of requiredRecordTypes(enforcementCase, stage, records, profile)) {
      // What only another agency's regulation names is not owed (advice, not outstanding).
      if (!bindsAny(required.citations, profile)) continue;
      if (!records.some((record) => record.type === required.type)) {
        outstanding.add(required.type);
      }
    }
  }
  return outstanding;
}

/**
 * What binds the case's agency (its profile's seed and the lists that name record fields;
 * national law binds every agency), so that forms mark as required what the server will
 * require. A profile without a seed is bound by national law only.
 */
export function caseBinding(detail: CaseDetail): FieldBindingProfile {
  const profile = caseProfile(detail);
  return {
    ...(profile.seed === undefined ? {} : { seed: profile.seed }),
    simplifiedProcedureRecordItems: profile.simplifiedProcedureRecordItems,
    archiveRecordFields: profile.archiveRecordFields,
  };
}
