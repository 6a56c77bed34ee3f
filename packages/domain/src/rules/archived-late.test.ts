import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import { archivedLate } from './archived-late.ts';
import { aContext } from './test-support/rule-fixture.ts';

// Monday. +20 days is Sunday 03-23, so 001's period ends with Monday 03-24; +30 days is
// Wednesday 04-02, the end of 002's and 003's.
const concluded: CaseEvent = { type: 'concluded', at: '2025-03-03T10:00:00+08:00' };
const archivedAt = (at: string): CaseEvent => ({ type: 'archived', at });

describe('archived-late', () => {
  it('holds a file archived 25 days after conclusion late under 001 and on time under 002 and 003', () => {
    const events = [concluded, archivedAt('2025-03-28T10:00:00+08:00')];
    const under001 = archivedLate.check(aContext({ profile: seed001Profile, events }));
    expect(under001).toEqual([
      expect.objectContaining({
        ruleId: 'archived-late',
        severity: 'violation',
        stage: 'archiving',
        citations: [{ seed: '001', article: '第十条' }],
      }),
    ]);
    expect(under001[0]!.message).toContain('2025-03-28 10:00 归档，已逾期');
    expect(archivedLate.check(aContext({ profile: seed002Profile, events }))).toEqual([]);
    expect(archivedLate.check(aContext({ profile: seed003Profile, events }))).toEqual([]);
  });

  it('says nothing under 000 and 004, which set no archiving period', () => {
    for (const profile of [seed000Profile, seed004Profile]) {
      expect(
        archivedLate.check(
          aContext({ profile, events: [concluded], now: '2026-01-05T09:00:00+08:00' }),
        ),
      ).toEqual([]);
    }
  });

  it('extends a period ending on a Sunday to Monday, and is late from the minute after', () => {
    const onTime = [concluded, archivedAt('2025-03-24T23:59:00+08:00')];
    expect(archivedLate.check(aContext({ profile: seed001Profile, events: onTime }))).toEqual([]);
    const late = [concluded, archivedAt('2025-03-25T00:00:00+08:00')];
    expect(archivedLate.check(aContext({ profile: seed001Profile, events: late }))).toEqual([
      expect.objectContaining({ severity: 'violation' }),
    ]);
  });

  it('is due while the period runs, then a violation once it has run out unarchived', () => {
    const before = archivedLate.check(
      aContext({ profile: seed003Profile, events: [concluded], now: '2025-04-02T23:59:00+08:00' }),
    );
    expect(before).toEqual([
      expect.objectContaining({
        severity: 'due',
        dueAt: '2025-04-02T16:00:00.000Z',
        citations: [{ seed: '003', article: '第二十九条' }],
      }),
    ]);
    expect(before[0]!.message).toBe(
      '行政执法行为于 2025-03-03 10:00 终结，应在 30 日内（2025年4月2日24时前）将文字和音像记录立卷归档。请按期整理案卷并移交归档。',
    );
    const after = archivedLate.check(
      aContext({ profile: seed003Profile, events: [concluded], now: '2025-04-03T00:00:00+08:00' }),
    );
    expect(after).toEqual([expect.objectContaining({ severity: 'violation' })]);
    expect(after[0]).not.toHaveProperty('dueAt');
    expect(after[0]!.message).toContain('至今未归档');
  });

  it('moves a last day inside the National Day holiday to the first working day after it', () => {
    // 2025-09-12 + 20 days = 10-02, in the 10-01…10-08 holiday → 10-09.
    const events: CaseEvent[] = [{ type: 'concluded', at: '2025-09-12T09:00:00+08:00' }];
    expect(
      archivedLate.check(
        aContext({ profile: seed001Profile, events, now: '2025-10-09T23:59:00+08:00' }),
      ),
    ).toEqual([expect.objectContaining({ severity: 'due', dueAt: '2025-10-09T16:00:00.000Z' })]);
    expect(
      archivedLate.check(
        aContext({ profile: seed001Profile, events, now: '2025-10-10T00:00:00+08:00' }),
      ),
    ).toEqual([expect.objectContaining({ severity: 'violation' })]);
  });

  it('waits for the act to conclude', () => {
    expect(archivedLate.check(aContext({ profile: seed001Profile, events: [] }))).toEqual([]);
  });
});
