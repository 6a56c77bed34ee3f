import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../enforcement/state-machine.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { SEED_004_RECORDING, seed004Profile } from '../profiles/seed-004.ts';
import type { AvRecord } from '../records/av-record.ts';
import { avStoredLateRule } from './av-stored-late.ts';
import { storageDeadline } from './av/storage-deadline.ts';
import { aCase, aContext, anAvRecord, PROFILES } from './test-support/rule-fixture.ts';

type Seed = keyof typeof PROFILES;

function check(profile: PolicyProfile, av: AvRecord, now = '2026-01-05T09:00:00+08:00') {
  return avStoredLateRule.check(aContext({ profile, avRecords: [av], now }));
}

/** Whether the rule finds the file stored late under each profile. */
function lateUnder(av: AvRecord): Record<Seed, boolean> {
  const result = {} as Record<Seed, boolean>;
  for (const seed of Object.keys(PROFILES) as Seed[]) {
    const findings = check(PROFILES[seed], av);
    result[seed] = findings.length > 0;
    for (const finding of findings) expect(finding.severity).toBe('violation');
  }
  return result;
}

const stored = (recordingEndedAt: string, storedAt: string, returnedToUnitAt?: string) =>
  anAvRecord({
    recordingStartedAt: '2025-01-02T08:00:00+08:00',
    recordingEndedAt,
    storedAt,
    ...(returnedToUnitAt === undefined ? {} : { returnedToUnitAt, awayReason: 'away_from_unit' }),
  });

describe('av-stored-late: ordinary deadlines', () => {
  it('30 hours after recording: late under 000 (24 小时), on time under 001 (2 个工作日)', () => {
    // Monday 10:00 → Tuesday 16:00.
    const av = stored('2025-03-03T10:00:00+08:00', '2025-03-04T16:00:00+08:00');
    expect(lateUnder(av)).toEqual({
      '000': true,
      '001': false,
      '002': false,
      '003': false,
      '004': false,
    });
    const [finding] = check(seed000Profile, av);
    expect(finding).toMatchObject({
      ruleId: 'av-stored-late',
      severity: 'violation',
      citations: [{ seed: '000', article: '第十六条' }],
      subjectId: av.id,
    });
    expect(finding!.message).toContain('应于 2025-03-04 10:00 前');
    expect(finding!.message).toContain('实际于 2025-03-04 16:00 存储');
    expect(finding!.message).toContain('迟延 6 小时');
    expect(finding!.message).toContain('24 小时');
    expect(finding!.message).toContain('《柳林镇记录制度》第十六条');
  });

  it('across the National Day holiday: 2 working days end on 10-10, 004 二日 moves to 10-09', () => {
    // 2025-10-01…08 off; 10-09 and 10-10 are the first two working days after 09-30.
    const av = stored('2025-09-30T15:00:00+08:00', '2025-10-09T10:00:00+08:00');
    expect(lateUnder(av)).toEqual({
      '000': true,
      '001': false,
      '002': false,
      '003': false,
      // 09-30 + 2 days = 10-02, a holiday: the period ends with 10-09 (民法典 第二百零三条).
      '004': false,
    });
    expect(storageDeadline(seed001Profile, av)!.at).toBe('2025-10-10T16:00:00.000Z');
    expect(storageDeadline(seed004Profile, av)!.at).toBe('2025-10-09T16:00:00.000Z');
    const on1010 = stored('2025-09-30T15:00:00+08:00', '2025-10-10T10:00:00+08:00');
    expect(lateUnder(on1010)).toMatchObject({ '001': false, '004': true });
  });

  it('across a weekend: working days skip it, 004 calendar days only move off a Sunday', () => {
    // Friday 2025-03-07 → 001: Mon 10, Tue 11; 004: 03-09 is a Sunday, so Monday 03-10.
    const av = stored('2025-03-07T16:00:00+08:00', '2025-03-11T17:00:00+08:00');
    expect(lateUnder(av)).toEqual({
      '000': true,
      '001': false,
      '002': false,
      '003': false,
      '004': true,
    });
    const [finding] = check(seed004Profile, av);
    expect(finding!.citations).toEqual([
      { seed: '004', article: '第十八条', document: SEED_004_RECORDING },
    ]);
    expect(finding!.message).toContain('2 日');
    expect(finding!.message).toContain('应于 2025年3月10日24时前');
    expect(finding!.message).toContain('迟延 17 小时');
  });

  it('is on time one minute before the deadline and late at it', () => {
    const end = '2025-03-07T16:00:00+08:00';
    // 001: the deadline is 2025-03-12 00:00 in China.
    expect(check(seed001Profile, stored(end, '2025-03-11T23:59:00+08:00'))).toEqual([]);
    const [atDeadline] = check(seed001Profile, stored(end, '2025-03-12T00:00:00+08:00'));
    expect(atDeadline!.severity).toBe('violation');
    expect(atDeadline!.message).toContain('迟延 不足 1 分钟');
    // 000: 24 hours to the minute.
    expect(check(seed000Profile, stored(end, '2025-03-08T15:59:00+08:00'))).toEqual([]);
    expect(check(seed000Profile, stored(end, '2025-03-08T16:00:00+08:00'))).toHaveLength(1);
  });
});

describe('av-stored-late: work away from the unit', () => {
  // Recording ends Monday 03-03; the officer is back on Wednesday 03-05 at 18:00.
  const end = '2025-03-03T10:00:00+08:00';
  const back = '2025-03-05T18:00:00+08:00';

  it('seed-003 counts its 2 working days from the return (第二十九条)', () => {
    const av = stored(end, '2025-03-07T15:00:00+08:00', back);
    expect(check(seed003Profile, av)).toEqual([]);
    const late = stored(end, '2025-03-08T00:00:00+08:00', back);
    const [finding] = check(seed003Profile, late);
    expect(finding!.citations).toEqual([{ seed: '003', article: '第二十九条' }]);
    expect(finding!.message).toContain('自返回单位（2025-03-05 18:00）起 2 个工作日内');
  });

  it('seed-003 without a return counts from the end of the recording', () => {
    const av = stored(end, '2025-03-06T00:00:00+08:00');
    const [finding] = check(seed003Profile, av);
    expect(finding!.message).toContain('应于 2025年3月5日24时前');
    expect(finding!.message).toContain('自音像记录制作完成（2025-03-03 10:00）起');
  });

  it('remote work: 24 hours after return under 000, 2 working days under 002', () => {
    const justBefore = stored(end, '2025-03-06T17:59:00+08:00', back);
    expect(check(seed000Profile, justBefore)).toEqual([]);
    expect(check(seed002Profile, justBefore)).toEqual([]);
    const atDay = stored(end, '2025-03-06T18:00:00+08:00', back);
    const [late000] = check(seed000Profile, atDay);
    expect(late000!.message).toContain('自返回单位（2025-03-05 18:00）起 24 小时内');
    expect(check(seed002Profile, atDay)).toEqual([]);
    // 002: Thursday 06 and Friday 07 are the two working days after the return.
    expect(check(seed002Profile, stored(end, '2025-03-07T23:59:00+08:00', back))).toEqual([]);
    const [late002] = check(seed002Profile, stored(end, '2025-03-08T00:00:00+08:00', back));
    expect(late002!.citations).toEqual([{ seed: '002', article: '第八条' }]);
  });

  it('a return time without a reason the seeds allow (连续工作、异地执法、偏远地区) relieves nothing', () => {
    const withReason = stored(end, '2025-03-06T17:59:00+08:00', back);
    const { awayReason: _reason, ...withoutReason } = withReason;
    expect(check(seed000Profile, withReason)).toEqual([]);
    const [late] = check(seed000Profile, withoutReason);
    expect(late!.message).toContain('自音像记录制作完成（2025-03-03 10:00）起 24 小时内');
    expect(storageDeadline(seed000Profile, withoutReason)!.startsAtReturn).toBe(false);
  });

  it('seed-004 has no exception for remote work: its 二日 still run from the recording', () => {
    const av = stored(end, '2025-03-06T00:00:00+08:00', back);
    const [finding] = check(seed004Profile, av);
    expect(finding!.message).toContain('自音像记录制作完成（2025-03-03 10:00）起 2 日内');
  });

  it('the after-return deadline only ever extends: 001 after a quick return keeps 2 working days', () => {
    const quickReturn = '2025-03-03T11:00:00+08:00';
    // 24 hours after the return would end 03-04 11:00; 2 working days end 03-06 00:00.
    const av = stored(end, '2025-03-05T12:00:00+08:00', quickReturn);
    expect(check(seed001Profile, av)).toEqual([]);
    expect(storageDeadline(seed001Profile, av)).toMatchObject({
      at: '2025-03-05T16:00:00.000Z',
      startsAtReturn: false,
    });
    // After a long trip the 24 hours after the return are the later deadline, and bind.
    const longTrip = stored(end, '2025-03-10T12:00:00+08:00', '2025-03-09T11:00:00+08:00');
    const [finding] = check(seed001Profile, longTrip);
    expect(finding!.message).toContain('自返回单位（2025-03-09 11:00）起 24 小时内');
    expect(finding!.message).toContain('迟延 1 小时');
  });
});

describe('av-stored-late: not yet stored', () => {
  const onDevice = anAvRecord({
    recordingEndedAt: '2025-03-03T10:00:00+08:00',
    storedAt: undefined,
  });

  it('is due until the deadline, with dueAt', () => {
    const [finding] = check(seed000Profile, onDevice, '2025-03-04T09:59:00+08:00');
    expect(finding).toMatchObject({
      severity: 'due',
      dueAt: '2025-03-04T02:00:00.000Z',
      citations: [{ seed: '000', article: '第十六条' }],
    });
    expect(finding!.message).toContain('应于 2025-03-04 10:00 前');
  });

  it('is a violation from the deadline on', () => {
    const [atDeadline] = check(seed000Profile, onDevice, '2025-03-04T10:00:00+08:00');
    expect(atDeadline!.severity).toBe('violation');
    expect(atDeadline!.dueAt).toBeUndefined();
    const [later] = check(seed000Profile, onDevice, '2025-03-05T12:30:00+08:00');
    expect(later!.message).toContain('至今未存储，已逾期 1 天 2 小时 30 分钟');
  });

  it('differs by profile: due under 001 when already late under 000', () => {
    const now = '2025-03-04T16:00:00+08:00';
    expect(check(seed000Profile, onDevice, now)[0]!.severity).toBe('violation');
    expect(check(seed001Profile, onDevice, now)[0]).toMatchObject({
      severity: 'due',
      dueAt: '2025-03-05T16:00:00.000Z',
    });
  });
});

describe('av-stored-late: the rule', () => {
  it('reports on the case’s current stage', () => {
    const av = stored('2025-03-03T10:00:00+08:00', '2025-03-05T10:00:00+08:00');
    const findings = avStoredLateRule.check(
      aContext({
        profile: seed000Profile,
        avRecords: [av],
        enforcementCase: aCase({ stage: 'service_and_execution' }),
      }),
    );
    expect(findings.map((f) => f.stage)).toEqual(['service_and_execution']);
  });

  it('finds nothing under a profile with no storage deadline', () => {
    const profile: PolicyProfile = {
      ...seed000Profile,
      avStorageDeadline: undefined,
      avStorageAfterReturnDeadline: undefined,
    };
    const av = stored('2025-03-03T10:00:00+08:00', '2025-03-20T10:00:00+08:00');
    expect(check(profile, av)).toEqual([]);
  });

  it('applies an after-return deadline alone only to a file whose officer returned', () => {
    const profile: PolicyProfile = { ...seed000Profile, avStorageDeadline: undefined };
    const end = '2025-03-03T10:00:00+08:00';
    expect(check(profile, stored(end, '2025-03-20T10:00:00+08:00'))).toEqual([]);
    const away = stored(end, '2025-03-20T10:00:00+08:00', '2025-03-05T18:00:00+08:00');
    expect(check(profile, away)).toHaveLength(1);
  });

  it('never calls a file late by a deadline in a year without holiday data', () => {
    // Stored 3 days after the recording: late if 2030 had no holidays, but it may have.
    const av = stored('2030-03-04T10:00:00+08:00', '2030-03-07T10:00:00+08:00');
    const findings = evaluateRules(
      aContext({ profile: seed001Profile, avRecords: [av], now: '2030-03-08T10:00:00+08:00' }),
      [avStoredLateRule],
    );
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'due', provisional: { uncoveredYears: [2030] } }),
    ]);
    expect(findings[0]!.message).toContain('暂定期限');
  });

  it('lists every article it can cite across the five profiles', () => {
    expect(avStoredLateRule.citations).toEqual([
      { seed: '000', article: '第十六条' },
      { seed: '001', article: '第九条' },
      { seed: '002', article: '第八条' },
      { seed: '003', article: '第二十九条' },
      { seed: '004', article: '第十八条', document: SEED_004_RECORDING },
    ]);
  });
});
