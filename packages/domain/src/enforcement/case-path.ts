import type { CaseEvent } from './case-event.ts';
import { STAGES, type Procedure, type Stage } from './vocabulary.ts';

/**
 * 简易程序: on the spot the facts are established, the party is told of the intended
 * decision and heard, and the decision is made and handed over in one act (行政处罚法
 * 第五十一条、第五十二条; 002 第六条(二), 003 第二十四条 record it). A case decided on the
 * spot has therefore gone through investigation and decision, if only for minutes.
 */
export const ON_THE_SPOT_STAGES: readonly Stage[] = ['investigation', 'decision'];

/**
 * The stages a case has been through, in stage order. A case that skipped a stage (an
 * inspection closed without a decision, a complaint not pursued) owes no records of the
 * skipped stage; a case decided on the spot skipped none (ON_THE_SPOT_STAGES). The path is
 * read from its `stage_changed` events; a case without any (one that has not moved yet,
 * or one built by hand in a test) is taken to have gone through every stage up to where
 * it is.
 */
export function stagesVisited(current: Stage, events: readonly CaseEvent[]): readonly Stage[] {
  const moves = events.filter((event) => event.type === 'stage_changed');
  if (moves.length === 0) return STAGES.slice(0, STAGES.indexOf(current) + 1);
  const visited = new Set<Stage>(['launch', current]);
  for (const move of moves) {
    visited.add(move.from);
    visited.add(move.to);
    // The one move from launch straight to service is the decision made on the spot.
    if (move.from === 'launch' && move.to === 'service_and_execution') {
      for (const stage of ON_THE_SPOT_STAGES) visited.add(stage);
    }
  }
  return STAGES.filter((stage) => visited.has(stage));
}

/** Whether the case's path includes `stage`, now or earlier. */
export function hasVisited(current: Stage, events: readonly CaseEvent[], stage: Stage): boolean {
  return stagesVisited(current, events).includes(stage);
}

/**
 * Whether a record of `recordStage` can be made on a case now:
 * - `open`: the case is in that stage, or went through it (a late record fills a hole);
 * - `not_reached`: the case has not got there yet;
 * - `skipped`: the case's path went past it.
 * A simplified case still at launch is where its on-the-spot work happens, so the
 * records of that work (the 简易程序记录, a rights notice, a transcript) can be made
 * before the decision on the spot is recorded as well as after.
 */
export function recordStageOpen(
  recordStage: Stage,
  current: Stage,
  procedure: Procedure,
  events: readonly CaseEvent[],
): 'open' | 'not_reached' | 'skipped' {
  if (procedure === 'simplified' && current === 'launch') {
    if (ON_THE_SPOT_STAGES.includes(recordStage)) return 'open';
  }
  if (STAGES.indexOf(recordStage) > STAGES.indexOf(current)) return 'not_reached';
  return hasVisited(current, events, recordStage) ? 'open' : 'skipped';
}
