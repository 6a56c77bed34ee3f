import { describe, expect, it } from 'vitest';
import type { CaseEvent } from './case-event.ts';
import { recordStageOpen, stagesVisited } from './case-path.ts';
import type { Stage } from './vocabulary.ts';

const at = '2025-03-03T09:00:00+08:00';
const move = (from: Stage, to: Stage): CaseEvent => ({ type: 'stage_changed', at, from, to });
const declined = [move('launch', 'archiving')];
const closed = [move('launch', 'investigation'), move('investigation', 'archiving')];
const onTheSpot = [move('launch', 'service_and_execution')];

describe('stagesVisited', () => {
  it('assumes every stage up to the current one when the case has not moved', () => {
    expect(stagesVisited('decision', [])).toEqual(['launch', 'investigation', 'decision']);
  });

  it('leaves out stages the case skipped', () => {
    expect(stagesVisited('archiving', closed)).toEqual(['launch', 'investigation', 'archiving']);
    expect(stagesVisited('archiving', declined)).toEqual(['launch', 'archiving']);
  });

  it('counts a decision on the spot as investigation and decision done there and then', () => {
    expect(stagesVisited('service_and_execution', onTheSpot)).toEqual([
      'launch',
      'investigation',
      'decision',
      'service_and_execution',
    ]);
  });
});

describe('recordStageOpen', () => {
  it('opens the stages the case is in or went through', () => {
    expect(recordStageOpen('investigation', 'decision', 'ordinary', [])).toBe('open');
    expect(recordStageOpen('launch', 'archiving', 'ordinary', declined)).toBe('open');
  });

  it('refuses a stage not reached, or one the path went past', () => {
    expect(recordStageOpen('decision', 'investigation', 'ordinary', [])).toBe('not_reached');
    expect(recordStageOpen('decision', 'archiving', 'ordinary', closed)).toBe('skipped');
    expect(recordStageOpen('investigation', 'archiving', 'ordinary', declined)).toBe('skipped');
  });

  it('lets a simplified case record its on-the-spot work before and after the decision', () => {
    for (const stage of ['investigation', 'decision'] as const) {
      expect(recordStageOpen(stage, 'launch', 'simplified', [])).toBe('open');
      expect(recordStageOpen(stage, 'service_and_execution', 'simplified', onTheSpot)).toBe('open');
      expect(recordStageOpen(stage, 'launch', 'ordinary', [])).toBe('not_reached');
    }
    expect(recordStageOpen('archiving', 'launch', 'simplified', [])).toBe('not_reached');
    expect(recordStageOpen('decision', 'archiving', 'simplified', declined)).toBe('skipped');
  });
});
