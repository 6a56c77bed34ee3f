import {
  actTypeOutsideProfile,
  CASE_NUMBER_CATEGORIES,
  STAGE_LABELS,
  TRANSITIONS,
  attemptTransition,
  decisionPeriodStatus,
  evaluateRules,
  formatCaseNumber,
  todayInShanghai,
  transitionsFrom,
  yearOf,
  type ActType,
  type Confidentiality,
  type LaunchMode,
  type PolicyProfile,
  type Procedure,
  type Stage,
  type TransitionId,
} from '@liuhen/domain';
import { accessPersonOf } from '../access/access-person.ts';
import { caseAbilities, masksParties } from '../access/case-access.ts';
import { readScopeOf } from '../access/read-scope.ts';
import { recordsAsSeenBy } from '../access/record-masking.ts';
import { eventActor, type Actor } from '../auth/actor.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import type { Ledger } from '../ledger/ledger.ts';
import {
  checkDepartment,
  checkOfficers,
  checkParties,
  throwIfInvalid,
  type OfficerInput,
} from './case-input.ts';
import { loadCase, ruleContextOf } from './case-context.ts';
import { requireCanOpenCase, requireReadable, requireWorker } from './case-policy.ts';
import { refreshCaseFindings } from '../findings/refresh-findings.ts';
import { impliedEvents } from './case-transitions.ts';
import { agencyProfileNotSet, currentProfile } from '../profiles/resolve-profile.ts';
import * as repository from './cases.repository.ts';
import { findingView } from './finding-view.ts';

export interface OpenCaseInput {
  readonly name: string;
  readonly actType: ActType;
  readonly procedure: Procedure;
  readonly launchMode: LaunchMode;
  readonly departmentId: string;
  readonly majorDecision: boolean;
  readonly confidentiality: Confidentiality;
  readonly complainantRealName?: boolean | undefined;
  readonly emergency: boolean;
  readonly parties: readonly unknown[];
  readonly officers: readonly OfficerInput[];
}

export interface CaseListQuery {
  readonly stage?: Stage | undefined;
  readonly actType?: ActType | undefined;
  readonly departmentId?: string | undefined;
  readonly search?: string | undefined;
  readonly includeClosedInError: boolean;
  readonly after?: { createdAt: Date; id: string } | undefined;
  readonly limit: number;
}

/**
 * 紧急启动 (launch first, approve afterwards) exists only where the agency's own regulation
 * provides it, as 003 第十条 does (`emergencyLaunchApprovalDeadline`). National law has no
 * such launch for a case, so under any other profile the flag is refused rather than kept
 * as a promise nothing can honour: its approval could never be put up after filing
 * (docs/decisions.md, "Emergency launch where the regulation provides it").
 */
function refuseEmergencyLaunchWithout(profile: PolicyProfile) {
  if (profile.emergencyLaunchApprovalDeadline !== undefined) return;
  throw problems.validation([
    {
      name: 'body.emergency',
      reason: `本机关适用的“${profile.name}”未规定情况紧急时先行启动执法程序、事后补办审批，请取消“紧急启动”后按规定启动。需要当场实施行政强制措施的，依《行政强制法》第十九条在 24 小时内向负责人报告并补办批准手续。`,
    },
  ]);
}

export function createCasesService(db: Db, ledger: Ledger, now: () => Date) {
  async function readable(actor: Actor, id: string) {
    return requireReadable(db, actor, await repository.findCase(db, id), now());
  }

  return {
    /** 启动执法程序: a numbered case, its officers and its launch, in one transaction. */
    async open(actor: Actor, input: OpenCaseInput) {
      const agencyId = requireCanOpenCase(actor);
      const agency = await findAgency(db, agencyId);
      if (!agency) throw problems.notFound('本机关');
      if (agency.profileId === null) throw agencyProfileNotSet();
      if (input.launchMode === 'complaint' && input.complainantRealName === undefined) {
        throw problems.validation([
          { name: 'body.complainantRealName', reason: '投诉举报启动的，请注明是否实名投诉、举报' },
        ]);
      }
      const at = now();
      const parties = checkParties(input.parties, at);
      const officers = await checkOfficers(db, agencyId, input.officers);
      throwIfInvalid([
        ...(await checkDepartment(db, agencyId, input.departmentId)),
        ...parties.invalid,
        ...officers.invalid,
      ]);
      const category = CASE_NUMBER_CATEGORIES[input.actType];
      // The year in China: a case opened on 31 December at 23:30 belongs to that year.
      const year = yearOf(todayInShanghai(at));
      return ledger.transaction(async (tx, record) => {
        // The version in force now stays with the case; a later edit reaches only new cases.
        const inForce = await currentProfile(tx, agency.profileId!);
        const outside = actTypeOutsideProfile(inForce.profile, input.actType);
        if (outside !== undefined) {
          throw problems.validation([{ name: 'body.actType', reason: outside }]);
        }
        if (input.emergency) refuseEmergencyLaunchWithout(inForce.profile);
        const sequence = await repository.nextCaseSequence(tx, { agencyId, category, year });
        const caseNumber = formatCaseNumber({ agencyCode: agency.code, category, year, sequence });
        const row = await repository.insertCase(tx, {
          agencyId,
          departmentId: input.departmentId,
          profileId: agency.profileId!,
          profileVersion: inForce.version,
          caseNumber,
          numberCategory: category,
          numberYear: year,
          numberSequence: sequence,
          name: input.name,
          actType: input.actType,
          procedure: input.procedure,
          launchMode: input.launchMode,
          confidentiality: input.confidentiality,
          stage: 'launch',
          majorDecision: input.majorDecision,
          complainantRealName:
            input.launchMode === 'complaint' ? (input.complainantRealName ?? null) : null,
          parties: parties.parties,
          createdBy: actor.id,
        });
        await repository.insertOfficers(
          tx,
          officers.officers.map((officer) => ({
            caseId: row.id,
            userId: officer.userId,
            role: officer.role,
            name: officer.name,
            certificateNumber: officer.certificateNumber,
          })),
        );
        await repository.insertEvents(tx, [
          {
            caseId: row.id,
            type: 'launched',
            at,
            data: { emergency: input.emergency },
            actorId: actor.id,
          },
        ]);
        await record({
          action: 'case.opened',
          agencyId,
          actor: eventActor(actor),
          target: { type: 'case', id: row.id },
          data: {
            caseNumber,
            name: row.name,
            actType: input.actType,
            procedure: input.procedure,
            launchMode: input.launchMode,
            emergency: input.emergency,
            departmentId: input.departmentId,
            profileId: row.profileId,
            ...(row.profileVersion === null ? {} : { profileVersion: row.profileVersion }),
            confidentiality: input.confidentiality,
            officerIds: officers.officers.map((officer) => officer.userId),
          },
        });
        await refreshCaseFindings(tx, row.id, at);
        return row;
      });
    },

    async list(actor: Actor, query: CaseListQuery) {
      const { cases: scope } = await readScopeOf(db, actor, now());
      const rows = await repository.listCases(db, { ...query, scope });
      const person = await accessPersonOf(db, actor);
      const officers = await repository.officersOfCases(
        db,
        rows.filter((row) => row.confidentiality !== 'ordinary').map((row) => row.id),
      );
      return rows.map((row) => ({
        row,
        masked: masksParties(person, row, officers.get(row.id) ?? []),
      }));
    },

    /** The case with everything on it; viewing it is itself recorded in the ledger. */
    async get(actor: Actor, id: string) {
      const row = await readable(actor, id);
      const loaded = await loadCase(db, row);
      const person = await accessPersonOf(db, actor);
      const context = ruleContextOf(loaded, now());
      await ledger.append({
        action: 'case.viewed',
        agencyId: row.agencyId,
        actor: eventActor(actor),
        target: { type: 'case', id },
        data: { grantId: row.grantId },
      });
      return {
        ...loaded,
        records: recordsAsSeenBy(person, row, loaded.officers, loaded.records),
        abilities: await caseAbilities(db, person, row, loaded.officers, now()),
        partiesMasked: masksParties(person, row, loaded.officers),
        findings: evaluateRules(context).map(findingView),
        decisionPeriod: decisionPeriodStatus(context),
        transitions: transitionsFrom(
          context.enforcementCase.stage,
          context.enforcementCase.procedure,
        ),
      };
    },

    /**
     * The case's findings: those that bind the agency, and another regulation's practice
     * (`advice`) only when asked for, so that what an agency sees of its case by default is
     * its own law's and national law's (docs/decisions.md, "What a walk leaves behind").
     */
    async findings(actor: Actor, id: string, options: { advice: boolean } = { advice: false }) {
      const row = await readable(actor, id);
      const findings = evaluateRules(ruleContextOf(await loadCase(db, row), now()));
      return findings
        .filter((finding) => options.advice || finding.severity !== 'advice')
        .map(findingView);
    },

    /**
     * Moves the case on if the rules allow it. The case row is locked first, so of two
     * people pressing the same button one moves the case and the other is told it has
     * already moved.
     */
    async transition(actor: Actor, id: string, transitionId: TransitionId) {
      await readable(actor, id);
      return ledger.transaction(async (tx, record) => {
        const loaded = await lockForWork(tx, actor, id, now());
        const row = loaded.row;
        const at = now();
        const context = ruleContextOf(loaded, at);
        const outcome = attemptTransition(context, transitionId);
        const transition = TRANSITIONS[transitionId];
        if (outcome.kind === 'not_available') {
          throw problems.conflict('transition-not-available', '不能执行该操作', outcome.message);
        }
        if (outcome.kind === 'blocked') {
          const findings = outcome.blockers.map(findingView);
          throw problems.conflict(
            'transition-blocked',
            '尚不能进入下一环节',
            `“${transition.label}”前还有 ${findings.length} 项需要补齐：${findings[0]!.message}`,
            { findings },
          );
        }
        const updated = await repository.updateCase(tx, id, { stage: outcome.to });
        await repository.insertEvents(tx, [
          ...impliedEvents(transitionId, context.enforcementCase).map((type) => ({
            caseId: id,
            type,
            at,
            data: {},
            actorId: actor.id,
          })),
          {
            caseId: id,
            type: 'stage_changed',
            at,
            data: { from: row.stage, to: outcome.to },
            actorId: actor.id,
          },
        ]);
        await record({
          action: 'case.transitioned',
          agencyId: row.agencyId,
          actor: eventActor(actor),
          target: { type: 'case', id },
          data: { transition: transitionId, from: context.enforcementCase.stage, to: outcome.to },
        });
        await refreshCaseFindings(tx, id, at);
        return {
          row: updated,
          violations: outcome.violations.map(findingView),
          message: `已${transition.label}，案件进入“${STAGE_LABELS[outcome.to]}”环节。`,
        };
      });
    },

    /**
     * 告知投诉人: a real-name complainant told that the complaint is not pursued (002 第四条(三),
     * 003 第十一条). The launch approval is given through the approvals module.
     */
    async recordComplainantInformed(actor: Actor, id: string, note: string) {
      const type = 'complainant_informed';
      await readable(actor, id);
      return ledger.transaction(async (tx, record) => {
        const loaded = await lockForWork(tx, actor, id, now());
        const row = loaded.row;
        if (loaded.events.some((event) => event.type === type)) {
          throw problems.conflict(
            'case-fact-already-recorded',
            '已经记录',
            '已经记录告知投诉人、举报人。',
          );
        }
        const at = now();
        await repository.insertEvents(tx, [{ caseId: id, type, at, data: {}, actorId: actor.id }]);
        await record({
          action: 'case.fact_recorded',
          agencyId: row.agencyId,
          actor: eventActor(actor),
          target: { type: 'case', id },
          data: { type, at: at.toISOString(), note },
        });
        await refreshCaseFindings(tx, id, at);
        return loadCase(tx, row);
      });
    },

    /** A case opened in error is closed with a reason and kept, never deleted. */
    async closeInError(actor: Actor, id: string, reason: string) {
      await readable(actor, id);
      return ledger.transaction(async (tx, record) => {
        const loaded = await lockForWork(tx, actor, id, now());
        const row = loaded.row;
        const updated = await repository.updateCase(tx, id, {
          closedInErrorAt: now(),
          closedInErrorReason: reason,
        });
        await record({
          action: 'case.closed_in_error',
          agencyId: row.agencyId,
          actor: eventActor(actor),
          target: { type: 'case', id },
          data: { reason },
        });
        await refreshCaseFindings(tx, id, now());
        return updated;
      });
    },
  };
}

/**
 * The case locked for the rest of the transaction and loaded, after checking the actor
 * may work on it and it is still open: one act on a case at a time.
 */
export async function lockForWork(tx: DbOrTx, actor: Actor, id: string, now: Date) {
  const row = await repository.lockCase(tx, id);
  if (!row) throw problems.notFound('该案件');
  const loaded = await loadCase(tx, row);
  await requireWorker(tx, actor, row, loaded.officers, now);
  if (row.closedInErrorAt !== null) throw closedInError();
  return loaded;
}

function closedInError() {
  return problems.conflict(
    'case-closed-in-error',
    '案件已关闭',
    '该案件已作为误立案件关闭，不能再办理。',
  );
}

export type CasesService = ReturnType<typeof createCasesService>;
