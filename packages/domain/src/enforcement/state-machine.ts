import { CalendarCoverageError } from '../calendar/working-days.ts';
import { withCalendar } from '../calendar/working-calendar.ts';
import { isDeadlineAware, provisionalNote, traceDeadlines } from '../rules/deadline.ts';
import { instantMs } from './instant.ts';
import { ALL_RULES } from '../rules/all-rules.ts';
import { bindFindings } from '../rules/binding.ts';
import type { Finding } from '../rules/finding.ts';
import type { Rule, RuleContext } from '../rules/rule.ts';
import { STAGE_LABELS, STAGES, type Procedure, type Stage } from './vocabulary.ts';

/**
 * The case's path through its stages. Each transition is an act with a name a clerk knows;
 * the rules decide whether the case may take it.
 */
export const TRANSITION_IDS = [
  'file',
  'decline',
  'decide_on_the_spot',
  'submit_for_decision',
  'close_without_decision',
  'decide',
  'conclude',
  'archive',
] as const;
export type TransitionId = (typeof TRANSITION_IDS)[number];

export interface TransitionSpec {
  readonly id: TransitionId;
  readonly label: string;
  readonly from: Stage;
  readonly to: Stage;
  /** Only cases under this procedure may take it. */
  readonly procedure?: Procedure;
}

export const TRANSITIONS: Readonly<Record<TransitionId, TransitionSpec>> = {
  file: { id: 'file', label: '立案（启动执法程序）', from: 'launch', to: 'investigation' },
  // A complaint not pursued or an application not accepted still leaves a case file.
  decline: { id: 'decline', label: '不予立案（不启动执法程序）', from: 'launch', to: 'archiving' },
  // 简易程序: 当场作出决定并交付 (行政处罚法 第五十一条、第五十二条).
  decide_on_the_spot: {
    id: 'decide_on_the_spot',
    label: '当场作出决定',
    from: 'launch',
    to: 'service_and_execution',
    procedure: 'simplified',
  },
  submit_for_decision: {
    id: 'submit_for_decision',
    label: '调查终结，移送审查',
    from: 'investigation',
    to: 'decision',
  },
  // An inspection that finds nothing to act on ends without a decision.
  close_without_decision: {
    id: 'close_without_decision',
    label: '调查终结，无需作出决定',
    from: 'investigation',
    to: 'archiving',
  },
  decide: { id: 'decide', label: '作出决定', from: 'decision', to: 'service_and_execution' },
  conclude: { id: 'conclude', label: '结案', from: 'service_and_execution', to: 'archiving' },
  archive: { id: 'archive', label: '立卷归档', from: 'archiving', to: 'archived' },
};

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The transitions a case in `stage` under `procedure` can take, blocked or not. */
export function transitionsFrom(stage: Stage, procedure: Procedure): readonly TransitionSpec[] {
  return TRANSITION_IDS.map((id) => TRANSITIONS[id]).filter(
    (t) => t.from === stage && (t.procedure === undefined || t.procedure === procedure),
  );
}

export type TransitionOutcome =
  | {
      readonly kind: 'allowed';
      readonly to: Stage;
      /** Breaches already on record; they do not block, but the case carries them. */
      readonly violations: readonly Finding[];
    }
  | { readonly kind: 'blocked'; readonly to: Stage; readonly blockers: readonly Finding[] }
  | { readonly kind: 'not_available'; readonly message: string };

/**
 * Every finding of every rule for the case as it stands, counted on the agency's calendar
 * (`context.calendar`: national years built in and entered, and its regional layers).
 *
 * A deadline that runs into a year whose holidays are not entered is counted
 * conservatively (../rules/deadline.ts) and is provisional: a rule that judged it through
 * `timedDutyFindings` already said so; for any other rule, a violation found while a
 * provisional deadline was in play becomes a provisional `due`, since whether it is late
 * cannot be told yet. A rule that still needs an exact calendar (CalendarCoverageError)
 * says so in an `undetermined` finding instead of guessing or silencing the other rules.
 *
 * Each finding is then bound to the agency's profile (../rules/binding.ts): what only
 * another seed requires is `advice`.
 */
export function evaluateRules(
  context: RuleContext,
  rules: readonly Rule[] = ALL_RULES,
): readonly Finding[] {
  const findings = withCalendar(context.calendar, () =>
    rules.flatMap((rule) => {
      try {
        const { result, provisional } = traceDeadlines(() => rule.check(context));
        return provisional.size === 0 ? result : result.map((f) => guarded(f, provisional));
      } catch (error) {
        if (!(error instanceof CalendarCoverageError)) throw error;
        return [undetermined(rule, context, error)];
      }
    }),
  );
  return bindFindings(findings, context.profile);
}

function guarded(finding: Finding, provisional: ReadonlyMap<number, readonly number[]>): Finding {
  if (isDeadlineAware(finding) || finding.provisional !== undefined) return finding;
  if (finding.severity === 'due' && finding.dueAt !== undefined) {
    const years = provisional.get(instantMs(finding.dueAt));
    if (years === undefined) return finding;
    return {
      ...finding,
      message: `${finding.message}${provisionalNote(years)}`,
      provisional: { uncoveredYears: years },
    };
  }
  if (finding.severity !== 'violation') return finding;
  const years = [...new Set([...provisional.values()].flat())].sort((a, b) => a - b);
  return {
    ...finding,
    severity: 'due',
    message: `${finding.message}${provisionalNote(years)}`,
    provisional: { uncoveredYears: years },
  };
}

function undetermined(rule: Rule, context: RuleContext, error: CalendarCoverageError): Finding {
  return {
    ruleId: rule.id,
    severity: 'undetermined',
    citations: rule.citations,
    stage: context.enforcementCase.stage,
    message: `无法检查“${rule.title}”：${error.detail}请平台系统管理员在“系统管理 → 节假日”录入国务院办公厅公布的该年度节假日安排后重新检查。`,
  };
}

/**
 * Whether the case may take `transitionId` now. What blocks it: anything `missing` from
 * the stage being left or from an earlier one, since a case must not move on with holes
 * behind it. Deadlines already missed (`violation`) cannot be made good by waiting, so
 * they are reported but do not block; open obligations (`due`) do not block either.
 */
export function attemptTransition(
  context: RuleContext,
  transitionId: TransitionId,
  rules: readonly Rule[] = ALL_RULES,
): TransitionOutcome {
  const transition = TRANSITIONS[transitionId];
  const { stage, procedure } = context.enforcementCase;
  if (transition.from !== stage) {
    return {
      kind: 'not_available',
      message: `案件当前处于“${STAGE_LABELS[stage]}”环节，不能执行“${transition.label}”。`,
    };
  }
  if (transition.procedure !== undefined && transition.procedure !== procedure) {
    return {
      kind: 'not_available',
      message: `“${transition.label}”仅适用于简易程序案件。`,
    };
  }
  const findings = evaluateRules(context, rules);
  const current = stageIndex(stage);
  const blockers = findings.filter(
    (f) => f.severity === 'missing' && stageIndex(f.stage) <= current,
  );
  if (blockers.length > 0) return { kind: 'blocked', to: transition.to, blockers };
  return {
    kind: 'allowed',
    to: transition.to,
    violations: findings.filter((f) => f.severity === 'violation'),
  };
}
