import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from '../calendar/notice-parser.ts';
import { builtInCalendar } from '../calendar/working-calendar.ts';
import type { CaseEvent } from '../enforcement/case-event.ts';
import { evaluateRules } from '../enforcement/state-machine.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { importedFileFindings } from '../station-import/imported-file-findings.ts';
import { decisionOverdue } from './decision-overdue.ts';
import { aContext } from './test-support/rule-fixture.ts';

const with2027 = builtInCalendar().withNationalYears([
  parseHolidayNotice(
    readFileSync(
      new URL('../../../../testdata/holiday-notices/notice-2027-made-up.txt', import.meta.url),
      'utf8',
    ),
  ),
]);

// Monday 2026-12-07 + 90 days = Sunday 2027-03-07 → Monday 2027-03-08 (no 2027 data needed
// to move off a Sunday, but to know 03-08 is not a holiday it is).
const filed: CaseEvent = { type: 'filed', at: '2026-12-07T10:00:00+08:00' };
const END_OF_0308 = '2027-03-08T16:00:00.000Z';

describe('deadlines in a year whose holidays are not entered', () => {
  it('are due by the earliest possible end, provisional, instead of undetermined', () => {
    const findings = evaluateRules(
      aContext({ events: [filed], now: '2026-12-07T11:00:00+08:00' }),
      [decisionOverdue],
    );
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'due',
        dueAt: END_OF_0308,
        provisional: { uncoveredYears: [2027] },
      }),
    ]);
    expect(findings[0]!.message).toContain('（2027年3月8日24时前）');
    expect(findings[0]!.message).toContain('暂定期限：2027 年的节假日安排尚未录入');
  });

  it('are never a violation, even once the earliest end has passed', () => {
    const findings = evaluateRules(
      aContext({ events: [filed], now: '2027-03-20T10:00:00+08:00' }),
      [decisionOverdue],
    );
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'due', provisional: { uncoveredYears: [2027] } }),
    ]);
    expect(findings[0]!.message).toContain('按最早可能的期限已届满');
    const decidedLate: CaseEvent = { type: 'decision_made', at: '2027-03-10T10:00:00+08:00' };
    expect(evaluateRules(aContext({ events: [filed, decidedLate] }), [decisionOverdue])).toEqual([
      expect.objectContaining({ severity: 'undetermined' }),
    ]);
  });

  it('become exact, and can be violated, once the year is entered', () => {
    const open = evaluateRules(
      { ...aContext({ events: [filed], now: '2026-12-07T11:00:00+08:00' }), calendar: with2027 },
      [decisionOverdue],
    );
    expect(open).toEqual([expect.objectContaining({ severity: 'due', dueAt: END_OF_0308 })]);
    expect(open[0]!.provisional).toBeUndefined();
    expect(open[0]!.message).not.toContain('暂定');
    expect(
      evaluateRules(
        { ...aContext({ events: [filed], now: '2027-03-20T10:00:00+08:00' }), calendar: with2027 },
        [decisionOverdue],
      ),
    ).toEqual([expect.objectContaining({ severity: 'violation' })]);
  });

  it('keep a docked file on no case from being late by a guessed deadline', () => {
    const file = {
      id: 'file-1',
      fileName: 'a.mp4',
      deviceSerial: 'DSJ-1',
      capturedUntil: '2026-12-31T10:00:00+08:00',
      importedAt: '2026-12-31T12:00:00+08:00',
      placement: { kind: 'unassigned' } as const,
    };
    // 001: 2 working days from the end of the recording: 2027-01-04 if 01-01 were a workday.
    const [finding] = importedFileFindings(seed001Profile, file, '2027-01-10T10:00:00+08:00');
    expect(finding).toMatchObject({
      severity: 'due',
      provisional: { uncoveredYears: [2027] },
    });
  });
});
