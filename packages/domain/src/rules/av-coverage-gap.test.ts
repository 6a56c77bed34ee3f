import { describe, expect, it } from 'vitest';
import { SEED_004_RECORDING } from '../profiles/seed-004.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import type { AvRecord } from '../records/av-record.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { avCoverageGapRule } from './av-coverage-gap.ts';
import { aContext, anAvRecord, aRecord, PROFILES } from './test-support/rule-fixture.ts';

const inspection = (situations: CaseRecord['situations'] = []): CaseRecord =>
  aRecord('on_site_inspection_transcript', {
    id: 'inspection',
    situations,
    fields: {
      actStartedAt: '2025-03-03T09:00:00+08:00',
      actEndedAt: '2025-03-03T10:00:00+08:00',
    },
  });

const clip = (from: string, until: string, extra: Partial<AvRecord> = {}) =>
  anAvRecord({
    recordId: 'inspection',
    recordingStartedAt: `2025-03-03T${from}:00+08:00`,
    recordingEndedAt: `2025-03-03T${until}:00+08:00`,
    ...extra,
  });

function check(profile: PolicyProfile, record: CaseRecord, ...avRecords: AvRecord[]) {
  return avCoverageGapRule.check(aContext({ profile, records: [record], avRecords }));
}

describe('av-coverage-gap', () => {
  it('a clip covering part of the act leaves the rest as a gap (000 第十四条)', () => {
    const [finding] = check(PROFILES['000'], inspection(), clip('09:00', '09:20'));
    expect(finding).toMatchObject({
      ruleId: 'av-coverage-gap',
      severity: 'missing',
      citations: [{ seed: '000', article: '第十四条' }],
      subjectId: 'inspection',
      stage: 'investigation',
    });
    expect(finding!.message).toContain('2025-03-03 09:20 至 2025-03-03 10:00（40 分钟）');
  });

  it('clips that together cover the act, within a minute at each end, leave no gap', () => {
    const record = inspection();
    expect(check(PROFILES['004'], record, clip('09:01', '09:30'), clip('09:30', '09:59'))).toEqual(
      [],
    );
  });

  it('finds a late start and a break between clips, each with its span', () => {
    const [finding] = check(
      PROFILES['002'],
      inspection(),
      clip('09:10', '09:30'),
      clip('09:40', '10:00'),
    );
    expect(finding!.citations).toEqual([{ seed: '002', article: '第五条' }]);
    expect(finding!.message).toContain('09:00 至 2025-03-03 09:10');
    expect(finding!.message).toContain('09:30 至 2025-03-03 09:40');
  });

  it('a registered interruption spanning the break accounts for it', () => {
    const interrupted = clip('09:00', '09:30', {
      interruptions: [
        {
          reason: 'battery',
          from: '2025-03-03T09:30:00+08:00',
          resumedAt: '2025-03-03T09:40:00+08:00',
        },
      ],
    });
    expect(check(PROFILES['004'], inspection(), interrupted, clip('09:40', '10:00'))).toEqual([]);
    // One that never resumed accounts for the rest of the act.
    const stopped = clip('09:00', '09:30', {
      interruptions: [{ reason: 'device_fault', from: '2025-03-03T09:30:00+08:00' }],
    });
    expect(check(PROFILES['000'], inspection(), stopped)).toEqual([]);
    // An interruption that started later than the gap does not.
    const later = clip('09:00', '09:30', {
      interruptions: [{ reason: 'battery', from: '2025-03-03T09:35:00+08:00' }],
    });
    expect(check(PROFILES['000'], inspection(), later)).toHaveLength(1);
  });

  it('cites 004 from its recording regulation', () => {
    const [finding] = check(PROFILES['004'], inspection(), clip('09:00', '09:20'));
    expect(finding!.citations).toEqual([
      { seed: '004', article: '第十七条', document: SEED_004_RECORDING },
    ]);
  });

  it('003 asks for it only for acts directly touching personal freedom, life or major property', () => {
    expect(check(PROFILES['003'], inspection(), clip('09:00', '09:20'))).toEqual([]);
    const [finding] = check(
      PROFILES['003'],
      inspection(['onsite_rights_critical']),
      clip('09:00', '09:20'),
    );
    expect(finding!.citations).toEqual([{ seed: '003', article: '第二十一条' }]);
  });

  it('001 has no whole-act duty; nothing is said without act times, a clip or a continuous kind', () => {
    expect(check(PROFILES['001'], inspection(), clip('09:00', '09:20'))).toEqual([]);
    const untimed = aRecord('on_site_inspection_transcript', { id: 'inspection' });
    expect(check(PROFILES['000'], untimed, clip('09:00', '09:20'))).toEqual([]);
    expect(check(PROFILES['000'], inspection())).toEqual([]);
    expect(check(PROFILES['000'], inspection(), clip('09:00', '09:00', { kind: 'photo' }))).toEqual(
      [],
    );
  });
});
