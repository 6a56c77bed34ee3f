import { firstEvent, type CaseEvent, type SuspensionCause } from '@liuhen/domain';
import { eventActor, hasRole, type Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { refreshCaseFindings } from '../findings/refresh-findings.ts';
import { problems } from '../http/problem.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { toCaseEvent, type LoadedCase } from './case-context.ts';
import { requireReadable } from './case-policy.ts';
import { lockForWork } from './cases.service.ts';
import * as repository from './cases.repository.ts';

/** Allow for a clock a little behind the server's, as for records. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface ExtensionInput {
  readonly days: number;
  readonly reason: string;
  readonly at?: string | undefined;
}

export interface SuspensionInput {
  readonly cause: SuspensionCause;
  readonly reason: string;
  readonly at?: string | undefined;
}

function conflict(type: string, detail: string) {
  return problems.conflict(type, '不能变更办案期限', detail);
}

/**
 * Where the period of 行政处罚法 第六十条 can change: a filed penalty case not yet decided.
 * The moment given must lie between the filing and now.
 */
function checkChange(loaded: LoadedCase, at: Date, now: Date): CaseEvent[] {
  const events = loaded.events.map(toCaseEvent);
  if (loaded.row.actType !== 'penalty') {
    throw conflict('decision-period-not-applicable', '只有行政处罚案件适用作出处罚决定的期限。');
  }
  const filed = firstEvent(events, 'filed');
  if (filed === undefined) {
    throw conflict('decision-period-not-started', '本案尚未立案，作出处罚决定的期限尚未开始计算。');
  }
  if (firstEvent(events, 'decision_made') !== undefined) {
    throw conflict('decision-period-ended', '本案已作出决定，期限已不能延长或中止。');
  }
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw problems.validation([{ name: 'body.at', reason: '时间不能晚于当前时间' }]);
  }
  if (at.getTime() < Date.parse(filed.at)) {
    throw problems.validation([{ name: 'body.at', reason: '时间不能早于立案时间' }]);
  }
  return events;
}

/** The suspension still running, if any: the last suspension with no resumption after it. */
function openSuspension(events: readonly CaseEvent[]) {
  let open: Extract<CaseEvent, { type: 'decision_period_suspended' }> | undefined;
  for (const event of events) {
    if (event.type === 'decision_period_suspended') open = event;
    if (event.type === 'decision_period_resumed') open = undefined;
  }
  return open;
}

/**
 * Extensions and suspensions of the decision period (../../../packages/domain/src/rules/
 * procedure/decision-period.ts counts them). Each is an event on the case and an entry in
 * the ledger; nothing is changed or removed afterwards.
 */
export function createDecisionPeriodService(db: Db, ledger: Ledger, now: () => Date) {
  async function readable(actor: Actor, id: string) {
    await requireReadable(db, actor, await repository.findCase(db, id), now());
  }

  return {
    /** 经行政机关负责人批准延长: only the agency head approves, so only he can enter it. */
    async extend(actor: Actor, id: string, input: ExtensionInput) {
      await readable(actor, id);
      if (!hasRole(actor, 'agency_head')) {
        throw problems.forbidden(
          '延长作出处罚决定的期限须经行政机关负责人批准，请由机关负责人办理。',
        );
      }
      return ledger.transaction(async (tx, record) => {
        const loaded = await lockForWork(tx, actor, id, now());
        const at = input.at === undefined ? now() : new Date(input.at);
        checkChange(loaded, at, now());
        await repository.insertEvents(tx, [
          {
            caseId: id,
            type: 'decision_period_extended',
            at,
            data: { days: input.days, reason: input.reason, approverName: actor.displayName },
            actorId: actor.id,
          },
        ]);
        await record({
          action: 'case.decision_period_extended',
          agencyId: loaded.row.agencyId,
          actor: eventActor(actor),
          target: { type: 'case', id },
          data: {
            at: at.toISOString(),
            days: input.days,
            reason: input.reason,
            approverId: actor.id,
          },
        });
        await refreshCaseFindings(tx, id, now());
        return repository.listEvents(tx, id);
      });
    },

    async suspend(actor: Actor, id: string, input: SuspensionInput) {
      await readable(actor, id);
      return ledger.transaction(async (tx, record) => {
        const loaded = await lockForWork(tx, actor, id, now());
        const at = input.at === undefined ? now() : new Date(input.at);
        const events = checkChange(loaded, at, now());
        if (openSuspension(events) !== undefined) {
          throw conflict('decision-period-already-suspended', '期限已在中止中，请先记录恢复计算。');
        }
        await repository.insertEvents(tx, [
          {
            caseId: id,
            type: 'decision_period_suspended',
            at,
            data: { cause: input.cause, reason: input.reason },
            actorId: actor.id,
          },
        ]);
        await record({
          action: 'case.decision_period_suspended',
          agencyId: loaded.row.agencyId,
          actor: eventActor(actor),
          target: { type: 'case', id },
          data: { at: at.toISOString(), cause: input.cause, reason: input.reason },
        });
        await refreshCaseFindings(tx, id, now());
        return repository.listEvents(tx, id);
      });
    },

    async resume(actor: Actor, id: string, atInput: string | undefined) {
      await readable(actor, id);
      return ledger.transaction(async (tx, record) => {
        const loaded = await lockForWork(tx, actor, id, now());
        const at = atInput === undefined ? now() : new Date(atInput);
        const events = checkChange(loaded, at, now());
        const open = openSuspension(events);
        if (open === undefined) {
          throw conflict('decision-period-not-suspended', '期限没有中止，无需恢复计算。');
        }
        if (at.getTime() < Date.parse(open.at)) {
          throw problems.validation([{ name: 'body.at', reason: '恢复时间不能早于中止时间' }]);
        }
        await repository.insertEvents(tx, [
          { caseId: id, type: 'decision_period_resumed', at, data: {}, actorId: actor.id },
        ]);
        await record({
          action: 'case.decision_period_resumed',
          agencyId: loaded.row.agencyId,
          actor: eventActor(actor),
          target: { type: 'case', id },
          data: { at: at.toISOString() },
        });
        await refreshCaseFindings(tx, id, now());
        return repository.listEvents(tx, id);
      });
    },
  };
}

export type DecisionPeriodService = ReturnType<typeof createDecisionPeriodService>;
