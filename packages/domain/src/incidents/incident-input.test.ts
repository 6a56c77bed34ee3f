import { describe, expect, it } from 'vitest';
import { incidentInputProblems } from './incident-input.ts';

const now = '2025-03-03T12:00:00Z';

describe('an incident registration', () => {
  it('passes with a name, a start in the past and an end after it, or none', () => {
    const start = { name: '春节前烟花爆竹专项整治', startedAt: '2025-03-01T00:00:00Z' };
    expect(incidentInputProblems(start, now)).toEqual([]);
    expect(incidentInputProblems({ ...start, endedAt: '2025-03-02T00:00:00Z' }, now)).toEqual([]);
  });

  it('refuses an end before the start, or an end or a start yet to come', () => {
    expect(
      incidentInputProblems(
        { name: '甲', startedAt: '2025-03-02T00:00:00Z', endedAt: '2025-03-01T00:00:00Z' },
        now,
      ),
    ).toEqual([{ field: 'endedAt', reason: '结束时间不能早于发生（开始）时间' }]);
    expect(
      incidentInputProblems(
        { name: '甲', startedAt: '2025-03-02T00:00:00Z', endedAt: '2025-03-04T00:00:00Z' },
        now,
      ).map((problem) => problem.field),
    ).toEqual(['endedAt']);
    expect(incidentInputProblems({ name: '甲', startedAt: '2025-03-03T13:00:00Z' }, now)).toEqual([
      { field: 'startedAt', reason: '发生（开始）时间不能晚于当前时间' },
    ]);
  });

  it('refuses a name no file system would take as the start of a file name', () => {
    const [problem] = incidentInputProblems(
      { name: 'CON', startedAt: '2025-03-01T00:00:00Z' },
      now,
    );
    expect(problem).toEqual({ field: 'name', reason: '事件名称不能是系统保留名称' });
    const [long] = incidentInputProblems(
      { name: '很'.repeat(80), startedAt: '2025-03-01T00:00:00Z' },
      now,
    );
    expect(long?.field).toBe('name');
  });
});
