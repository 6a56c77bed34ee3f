import { describe, expect, it } from 'vitest';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { seed004Profile, SEED_004_RECORDING } from '../profiles/seed-004.ts';
import type { AvRecord } from '../records/av-record.ts';
import type { SignatureBlock } from '../records/case-record.ts';
import { transcriptUnsigned } from './transcript-unsigned.ts';
import { aContext, anAvRecord, aRecord } from './test-support/rule-fixture.ts';

const AT = '2025-03-03T10:30:00+08:00';
const signed: SignatureBlock = { kind: 'signed', signers: ['王五'], at: AT };
const refused = (note: string, avRecordId?: string): SignatureBlock =>
  avRecordId === undefined
    ? { kind: 'refused', note, at: AT }
    : { kind: 'refused', note, at: AT, avRecordId };
const NOTE = '当事人王五看过笔录后拒绝签字，称需咨询律师；在场人员：赵六。';

function check(
  signature: SignatureBlock | undefined,
  profile: PolicyProfile = seed003Profile,
  avRecords: readonly AvRecord[] = [],
  type: Parameters<typeof aRecord>[0] = 'inquiry_transcript',
) {
  const record = aRecord(type, signature === undefined ? {} : { signature });
  return {
    record,
    findings: transcriptUnsigned.check(aContext({ records: [record], avRecords, profile })),
  };
}

describe('transcript-unsigned', () => {
  it('is silent for a signed transcript', () => {
    expect(check(signed).findings).toEqual([]);
  });

  it('ignores documents the party does not sign', () => {
    expect(check(undefined, seed003Profile, [], 'decision_document').findings).toEqual([]);
    expect(check(undefined, seed003Profile, [], 'proof_of_service').findings).toEqual([]);
  });

  it('finds a transcript neither signed nor refused, on the record’s stage', () => {
    const { record, findings } = check(undefined);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'transcript-unsigned',
      severity: 'missing',
      stage: 'investigation',
      subjectId: record.id,
    });
    expect(findings[0]?.message).toContain(`《询问（调查）笔录》（2025-03-03 10:00 制作）`);
    const remedies = check(undefined, seed003Profile, [], 'remedies_notice').findings;
    expect(remedies[0]?.stage).toBe('service_and_execution');
  });

  it('is advice where the profile’s seed says nothing of signatures (000, 001)', () => {
    for (const profile of [seed000Profile, seed001Profile]) {
      const [finding, ...rest] = check(undefined, profile).findings;
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: 'advice' });
      expect(finding?.citations.map((c) => ('seed' in c ? c.seed : c.law))).toEqual([
        '002',
        '003',
        '004',
      ]);
      expect(finding?.message).toContain('本机关适用的规定未作要求');
    }
    // 002 asks for signatures but not for a written note of a refusal.
    expect(check(refused(''), seed002Profile).findings).toMatchObject([{ severity: 'advice' }]);
    expect(check(undefined, seed002Profile).findings).toMatchObject([{ severity: 'missing' }]);
  });

  it('treats a signature block without a signer as no signature', () => {
    expect(check({ kind: 'signed', signers: [' '], at: AT }).findings).toHaveLength(1);
  });

  it('mentions AV of a refusal only where the profile asks for it', () => {
    expect(check(undefined, seed003Profile).findings[0]?.message).toContain('音像记录');
    expect(check(undefined, seed001Profile).findings[0]?.message).not.toContain('音像记录');
  });

  it('cites the signing article of the profile’s seed, or all three where it has none', () => {
    const citationsUnder = (profile: PolicyProfile) =>
      check(undefined, profile).findings[0]?.citations;
    expect(citationsUnder(seed002Profile)).toEqual([{ seed: '002', article: '第五条' }]);
    expect(citationsUnder(seed003Profile)).toEqual([{ seed: '003', article: '第十六条' }]);
    expect(citationsUnder(seed004Profile)).toEqual([
      { seed: '004', document: SEED_004_RECORDING, article: '第七条' },
    ]);
    for (const silent of [seed000Profile, seed001Profile]) {
      expect(citationsUnder(silent)).toEqual([
        { seed: '002', article: '第五条' },
        { seed: '003', article: '第十六条' },
        { seed: '004', document: SEED_004_RECORDING, article: '第七条' },
      ]);
    }
  });

  describe('a refusal', () => {
    it('with a note and no AV: missing under seed-003 (第十六条), fine under 000, 001, 002, 004', () => {
      const { record, findings } = check(refused(NOTE), seed003Profile);
      expect(findings).toHaveLength(1);
      expect(findings[0]?.subjectId).toBe(record.id);
      expect(findings[0]?.citations).toEqual([{ seed: '003', article: '第十六条' }]);
      expect(findings[0]?.message).toBe(
        `《询问（调查）笔录》（2025-03-03 10:00 制作）记为当事人或有关人员于 2025-03-03 10:30 拒绝签字或盖章，未关联音像记录。本规定要求对拒绝签字或盖章的情况进行音像记录，请关联该段音像记录。`,
      );
      for (const profile of [seed000Profile, seed001Profile, seed002Profile, seed004Profile]) {
        expect(check(refused(NOTE), profile).findings, profile.id).toEqual([]);
      }
    });

    it('with the AV of the refusal on file: fine under seed-003', () => {
      const av = anAvRecord({ situations: ['refusal_to_sign'] });
      expect(check(refused(NOTE, av.id), seed003Profile, [av]).findings).toEqual([]);
    });

    it('on the AV of the whole act, tagged as showing the refusal: fine under seed-003', () => {
      const { record } = check(refused(NOTE), seed003Profile);
      const ofTheAct = anAvRecord({ recordId: record.id, situations: ['inquiry'] });
      const showingRefusal = anAvRecord({
        recordId: record.id,
        situations: ['inquiry', 'refusal_to_sign'],
      });
      expect(
        transcriptUnsigned.check(aContext({ records: [record], avRecords: [ofTheAct] })),
      ).toHaveLength(1);
      expect(
        transcriptUnsigned.check(aContext({ records: [record], avRecords: [showingRefusal] })),
      ).toEqual([]);
    });

    it('naming an AV record that is not the case’s: missing, with the id', () => {
      const other = anAvRecord();
      const { findings } = check(refused(NOTE, 'av-elsewhere'), seed003Profile, [other]);
      expect(findings.map((f) => f.message)).toEqual([
        expect.stringContaining('所关联的音像记录（av-elsewhere）不在本案音像记录中'),
      ]);
    });

    it('with a blank note: missing everywhere, citing where the note is required', () => {
      const blank = refused('  ');
      const { findings } = check(blank, seed004Profile);
      expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('未记录具体情况')]);
      expect(findings[0]?.citations).toEqual([
        { seed: '004', document: SEED_004_RECORDING, article: '第六条' },
        { seed: '004', document: SEED_004_RECORDING, article: '第七条' },
      ]);
      // 002 asks for a record of refusing to be questioned, not of refusing to sign.
      expect(check(blank, seed002Profile).findings[0]?.citations).toEqual([
        { seed: '003', article: '第十六条' },
        { seed: '004', document: SEED_004_RECORDING, article: '第六条' },
        { seed: '004', document: SEED_004_RECORDING, article: '第七条' },
      ]);
    });

    it('with a blank note and no AV under seed-003: both problems', () => {
      expect(check(refused(''), seed003Profile).findings).toHaveLength(2);
    });
  });

  describe('an edited profile', () => {
    it('asking for AV of refusals through its mandatory-AV list is held to it', () => {
      const citation = { seed: '001', article: '第七条' } as const;
      const edited: PolicyProfile = {
        ...seed001Profile,
        id: 'agency-7',
        mandatoryAvActs: [{ value: '当事人拒绝签字', citation, situations: ['refusal_to_sign'] }],
      };
      const { findings } = check(refused(NOTE), edited);
      expect(findings.map((f) => f.citations)).toEqual([[citation]]);
    });

    it('asking through the refusal flag is held to it', () => {
      const citation = { seed: '004', document: SEED_004_RECORDING, article: '第七条' } as const;
      const edited: PolicyProfile = {
        ...seed004Profile,
        id: 'agency-8',
        requirements: { refusalToSignNoteAndAv: { value: true, citation } },
      };
      expect(check(refused(NOTE), edited).findings.map((f) => f.citations)).toEqual([[citation]]);
    });
  });
});
