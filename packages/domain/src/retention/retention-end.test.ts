import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../calendar/plain-date.ts';
import { CalendarCoverageError } from '../calendar/working-days.ts';
import { retentionEnd } from './retention-end.ts';

const d = parsePlainDate;

describe('retentionEnd', () => {
  it('ends on the corresponding day, or the last day of a shorter month', () => {
    expect(retentionEnd(d('2025-03-03'), { amount: 2, unit: 'years' })).toBe('2027-03-03');
    expect(retentionEnd(d('2024-02-29'), { amount: 1, unit: 'years' })).toBe('2025-02-28');
    expect(retentionEnd(d('2024-02-29'), { amount: 4, unit: 'years' })).toBe('2028-02-29');
    expect(retentionEnd(d('2025-08-31'), { amount: 6, unit: 'months' })).toBe('2026-02-28');
    expect(retentionEnd(d('2025-10-31'), { amount: 6, unit: 'months' })).toBe('2026-04-30');
  });

  it('rounds a fraction up, so the minimum is always met', () => {
    expect(retentionEnd(d('2025-03-03'), { amount: 1.5, unit: 'years' })).toBe('2026-09-03');
    expect(retentionEnd(d('2025-03-03'), { amount: 0.5, unit: 'months' })).toBe('2025-04-03');
    expect(retentionEnd(d('2025-03-03'), { amount: 36, unit: 'hours' })).toBe('2025-03-05');
  });

  it('counts calendar days without holiday data, in any year', () => {
    expect(retentionEnd(d('2030-12-31'), { amount: 1, unit: 'calendar_days' })).toBe('2031-01-01');
  });

  it('counts working days on the official calendar and refuses years it lacks', () => {
    // 2025-09-30 + 2 working days skips the National Day holiday (10-01…10-08).
    expect(retentionEnd(d('2025-09-30'), { amount: 2, unit: 'working_days' })).toBe('2025-10-10');
    expect(() => retentionEnd(d('2030-01-02'), { amount: 2, unit: 'working_days' })).toThrow(
      CalendarCoverageError,
    );
  });
});
