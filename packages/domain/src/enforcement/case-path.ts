import type { CaseEvent } from './case-event.ts';
import { STAGES, type Stage } from './vocabulary.ts';

/**
 * The stages a case has been through, in stage order. A case that skipped a stage (an
 * inspection closed without a decision, a complaint not pursued, a simplified case decided
 * on the spot) owes no records of the skipped stage. The path is read from its
 * `stage_changed` events; a case without any (one that has not moved yet, or one built by
 * hand in a test) is taken to have gone through every stage up to where it is.
 */
export function stagesVisited(current: Stage, events: readonly CaseEvent[]): readonly Stage[] {
  const moves = events.filter((event) => event.type === 'stage_changed');
  if (moves.length === 0) return STAGES.slice(0, STAGES.indexOf(current) + 1);
  const visited = new Set<Stage>(['launch', current]);
  for (const move of moves) {
    visited.add(move.from);
    visited.add(move.to);
  }
  return STAGES.filter((stage) => visited.has(stage));
}
