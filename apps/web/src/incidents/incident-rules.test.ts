import { describe, expect, it } from 'vitest';
import { incidentTimesProblem } from './incident-rules.ts';

describe('incidentTimesProblem', () => {
  it('refuses an end before the start and lets an open end or a later one pass', () => {
    const start = '2025-03-03T09:00:00+08:00';
    expect(incidentTimesProblem(start, '2025-03-03T08:59:00+08:00')).toBe(
      '结束时间不能早于发生（开始）时间',
    );
    expect(incidentTimesProblem(start, '2025-03-03T09:00:00+08:00')).toBeNull();
    expect(incidentTimesProblem(start, undefined)).toBeNull();
  });
});
