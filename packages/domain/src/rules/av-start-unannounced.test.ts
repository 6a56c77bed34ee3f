import { describe, expect, it } from 'vitest';
import { SEED_004_RECORDING } from '../profiles/seed-004.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import type { AvRecord } from '../records/av-record.ts';
import { avStartUnannouncedRule } from './av-start-unannounced.ts';
import { aContext, anAvRecord, PROFILES } from './test-support/rule-fixture.ts';

function check(profile: PolicyProfile, ...avRecords: AvRecord[]) {
  return avStartUnannouncedRule.check(aContext({ profile, avRecords }));
}

const silent = anAvRecord({ id: 'av-silent', announcementMade: false });

describe('av-start-unannounced', () => {
  it('a recording started without announcing it breaks each seed that asks for it', () => {
    const expected = {
      '001': [{ seed: '001', article: '第八条' }],
      '002': [{ seed: '002', article: '第五条' }],
      '003': [{ seed: '003', article: '第十七条' }],
      '004': [{ seed: '004', article: '第十六条', document: SEED_004_RECORDING }],
    } as const;
    for (const [seed, citations] of Object.entries(expected)) {
      const [finding] = check(PROFILES[seed as keyof typeof expected], silent);
      expect(finding).toMatchObject({
        ruleId: 'av-start-unannounced',
        severity: 'violation',
        citations,
        subjectId: 'av-silent',
      });
      expect(finding!.message).toContain('未告知当事人及现场有关人员正在进行音像记录');
    }
  });

  it('000 asks for no announcement', () => {
    expect(check(PROFILES['000'], silent)).toEqual([]);
  });

  it('an announced recording, a photo, surveillance and an unanswered flag say nothing', () => {
    const profile = PROFILES['004'];
    expect(check(profile, anAvRecord({ announcementMade: true }))).toEqual([]);
    expect(check(profile, anAvRecord({ kind: 'photo', announcementMade: false }))).toEqual([]);
    expect(check(profile, anAvRecord({ kind: 'cctv', announcementMade: false }))).toEqual([]);
    expect(check(profile, anAvRecord())).toEqual([]);
  });

  it('an audio recording counts like a video', () => {
    expect(
      check(PROFILES['003'], anAvRecord({ kind: 'audio', announcementMade: false })),
    ).toHaveLength(1);
  });
});
