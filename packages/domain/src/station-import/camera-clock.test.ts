import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '../profiles/builtin-profiles.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { SEED_004_RECORDING } from '../profiles/seed-004.ts';
import { describeDrift } from './camera-clock.ts';
import { importedFileFindings, type ImportedFileFacts } from './imported-file-findings.ts';

function profile(seed: string): PolicyProfile {
  return BUILTIN_PROFILES.find((candidate) => candidate.id === `seed-${seed}`)!;
}

const docked = (cameraClockAt: string): ImportedFileFacts => ({
  id: 'f1',
  fileName: 'DSJ001_20260303_090000.mp4',
  deviceSerial: 'DSJ-001',
  capturedUntil: '2026-03-03T09:20:00+08:00',
  importedAt: '2026-03-03T18:00:00+08:00',
  placement: { kind: 'case' },
  clock: { cameraClockAt, stationClockAt: '2026-03-03T18:00:00+08:00' },
});
const now = '2026-03-03T18:05:00+08:00';

describe('camera-clock-drift', () => {
  it('a camera more than a minute off is a finding under 004 第十五条, wherever its file went', () => {
    const [finding] = importedFileFindings(
      profile('004'),
      docked('2026-03-03T18:03:20+08:00'),
      now,
    );
    expect(finding).toMatchObject({
      ruleId: 'camera-clock-drift',
      severity: 'violation',
      subjectId: 'f1',
      citations: [{ seed: '004', article: '第十五条', document: SEED_004_RECORDING }],
    });
    expect(finding!.message).toContain('记录仪快 3 分钟 20 秒');
    const slow = importedFileFindings(profile('004'), docked('2026-03-03T17:58:59+08:00'), now);
    expect(slow[0]!.message).toContain('记录仪慢 1 分钟 1 秒');
  });

  it('up to a minute either way is within tolerance', () => {
    expect(importedFileFindings(profile('004'), docked('2026-03-03T18:01:00+08:00'), now)).toEqual(
      [],
    );
    expect(importedFileFindings(profile('004'), docked('2026-03-03T17:59:00+08:00'), now)).toEqual(
      [],
    );
  });

  it('seeds that set no clock check, and a docking without a reading, say nothing', () => {
    for (const seed of ['000', '001', '002', '003']) {
      expect(importedFileFindings(profile(seed), docked('2026-03-03T18:10:00+08:00'), now)).toEqual(
        [],
      );
    }
    const { clock: _clock, ...unread } = docked('2026-03-03T18:10:00+08:00');
    expect(importedFileFindings(profile('004'), unread, now)).toEqual([]);
  });

  it('words the drift to the second', () => {
    expect(describeDrift(45_000)).toBe('快 45 秒');
    expect(describeDrift(-120_000)).toBe('慢 2 分钟');
    expect(describeDrift(0)).toBe('快 0 秒');
  });
});
