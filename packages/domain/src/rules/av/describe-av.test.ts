import { describe, expect, it } from 'vitest';
import { anAvRecord } from '../test-support/rule-fixture.ts';
import { describeAv } from './describe-av.ts';

describe('describeAv', () => {
  it('names a registered recording by its standard name, with kind and span in Beijing time', () => {
    const av = anAvRecord({
      name: '某某案_20250303_01_张三_询问.mp4',
      recordingStartedAt: '2025-03-03T01:00:00Z',
      recordingEndedAt: '2025-03-03T02:00:00Z',
    });
    expect(describeAv(av)).toBe(
      '音像记录“某某案_20250303_01_张三_询问.mp4”（录像，2025-03-03 09:00 至 2025-03-03 10:00）',
    );
  });

  it('falls back to the id before the recording has a name', () => {
    const av = anAvRecord({ id: 'av-3' });
    expect(describeAv(av)).toMatch(/^音像记录 av-3（/);
  });
});
