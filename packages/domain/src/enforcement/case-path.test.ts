import { describe, expect, it } from 'vitest';
import { stagesVisited } from './case-path.ts';

describe('stagesVisited', () => {
  it('assumes every stage up to the current one when the case has not moved', () => {
    expect(stagesVisited('decision', [])).toEqual(['launch', 'investigation', 'decision']);
  });

  it('leaves out stages the case skipped', () => {
    const at = '2025-03-03T09:00:00+08:00';
    expect(
      stagesVisited('archiving', [
        { type: 'stage_changed', at, from: 'launch', to: 'investigation' },
        { type: 'stage_changed', at, from: 'investigation', to: 'archiving' },
      ]),
    ).toEqual(['launch', 'investigation', 'archiving']);
    expect(
      stagesVisited('service_and_execution', [
        { type: 'stage_changed', at, from: 'launch', to: 'service_and_execution' },
      ]),
    ).toEqual(['launch', 'service_and_execution']);
  });
});
