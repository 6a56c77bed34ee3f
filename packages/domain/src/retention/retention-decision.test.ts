import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../calendar/plain-date.ts';
import {
  decideRetention,
  retentionExpiredOn,
  summarizeRetention,
  type RetentionOutcome,
  type UndecidedReason,
} from './retention-decision.ts';

const reason = (outcome: RetentionOutcome): UndecidedReason => ({
  rule: 'av_minimum',
  outcome,
  citations: [],
  explanation: '',
});
const until = (date: string): RetentionOutcome => ({
  kind: 'until',
  retainUntil: parsePlainDate(date),
});

describe('decideRetention', () => {
  it('refuses to decide from no rule at all', () => {
    expect(() => decideRetention([])).toThrow(RangeError);
  });

  it('takes the later date, whatever the order', () => {
    for (const order of [
      ['2027-03-03', '2025-09-03'],
      ['2025-09-03', '2027-03-03'],
    ]) {
      const decision = decideRetention(order.map((date) => reason(until(date))));
      expect(decision).toMatchObject({ kind: 'until', retainUntil: '2027-03-03' });
      expect(decision.reasons.map((r) => r.decisive)).toEqual(
        order.map((date) => date === '2027-03-03'),
      );
    }
  });

  it('marks equal dates as both decisive', () => {
    const decision = decideRetention([reason(until('2027-03-03')), reason(until('2027-03-03'))]);
    expect(decision.reasons.map((r) => r.decisive)).toEqual([true, true]);
  });

  it('ranks permanent over awaiting over any date over the agency', () => {
    const permanent = reason({ kind: 'permanent' });
    const awaiting = reason({ kind: 'awaiting_case_file' });
    const dated = reason(until('2999-12-31'));
    const agency = reason({ kind: 'agency_decides' });
    expect(decideRetention([agency, dated, awaiting, permanent]).kind).toBe('permanent');
    expect(decideRetention([dated, agency, awaiting])).toEqual(
      expect.objectContaining({ kind: 'awaiting_case_file', atLeastUntil: '2999-12-31' }),
    );
    expect(decideRetention([agency, dated]).kind).toBe('until');
    expect(decideRetention([agency]).kind).toBe('agency_decides');
  });

  it('gives no floor while waiting when no rule sets a date', () => {
    expect(decideRetention([reason({ kind: 'awaiting_case_file' })])).not.toHaveProperty(
      'atLeastUntil',
    );
  });
});

describe('summarizeRetention and retentionExpiredOn', () => {
  const dated = decideRetention([reason(until('2027-03-03'))]);

  it('summarises each kind in a line', () => {
    expect(summarizeRetention(dated)).toBe('保存至 2027-03-03（含当日）');
    expect(summarizeRetention(decideRetention([reason({ kind: 'permanent' })]))).toBe('永久保存');
    expect(
      summarizeRetention(
        decideRetention([reason({ kind: 'awaiting_case_file' }), reason(until('2027-03-03'))]),
      ),
    ).toBe('待案卷归档后确定保存期限，至少保存至 2027-03-03');
  });

  it('expires one day after the last day, not on it', () => {
    expect(retentionExpiredOn(dated, parsePlainDate('2027-03-03'))).toBe(false);
    expect(retentionExpiredOn(dated, parsePlainDate('2027-03-04'))).toBe(true);
  });
});
