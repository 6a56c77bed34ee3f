import { describe, expect, it } from 'vitest';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { SEED_004_RECORDING, seed004Profile } from '../profiles/seed-004.ts';
import type { AvRecord } from '../records/av-record.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { avEvidenceNoteMissingRule } from './av-evidence-note-missing.ts';
import { EVIDENCE_NOTE_FIELDS } from './av/evidence-note-fields.ts';
import { aCase, aContext, anAvRecord, aRecord, PROFILES } from './test-support/rule-fixture.ts';

const ARTICLES = {
  '001': { seed: '001', article: '第七条' },
  '002': { seed: '002', article: '第八条' },
  '003': { seed: '003', article: '第三十三条' },
  '004': { seed: '004', article: '第二十一条', document: SEED_004_RECORDING },
} as const;

function check(profile: PolicyProfile, av: AvRecord, records: readonly CaseRecord[] = []) {
  return avEvidenceNoteMissingRule.check(aContext({ profile, avRecords: [av], records }));
}

const note = (fields: Record<string, unknown>) => aRecord('av_evidence_note', { fields });
const evidence = (noteRecord?: CaseRecord) =>
  anAvRecord({
    usedAsEvidence: true,
    ...(noteRecord === undefined ? {} : { evidenceNoteRecordId: noteRecord.id }),
  });

/** Maker, extractor and extraction time, but no place; copied to a disc for the file. */
const PARTIAL = {
  maker: '张三',
  extractor: ['李四', '王五'],
  extractedAt: '2025-03-04T09:00:00+08:00',
  filedOnDisc: true,
};

describe('av-evidence-note-missing: no note', () => {
  it.each(['001', '002', '003', '004'] as const)(
    'AV used as evidence without a note is missing under seed-%s',
    (seed) => {
      const av = evidence();
      const findings = check(PROFILES[seed], av);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        ruleId: 'av-evidence-note-missing',
        severity: 'missing',
        citations: [ARTICLES[seed]],
        subjectId: av.id,
      });
      expect(findings[0]!.message).toContain('未关联作为证据使用的音像资料文字说明');
    },
  );

  it('names the fields the profile asks for', () => {
    const [under003] = check(seed003Profile, evidence());
    expect(under003!.message).toContain('“制作人”、“提取人”、“提取时间”、“提取地点”');
    const [under001] = check(seed001Profile, evidence());
    expect(under001!.message).toContain('“制作方法”、“制作时间”、“制作人”、“证明对象”');
  });

  it('asks nothing under seed-000, which names no evidence note', () => {
    expect(check(seed000Profile, evidence())).toEqual([]);
  });

  it('asks nothing of AV not used as evidence', () => {
    expect(check(seed003Profile, anAvRecord({ usedAsEvidence: false }))).toEqual([]);
  });

  it('does not accept a link to a missing record or to a record of another type', () => {
    const dangling = anAvRecord({ usedAsEvidence: true, evidenceNoteRecordId: 'record-gone' });
    expect(check(seed002Profile, dangling)[0]!.message).toContain('（record-gone）不存在');
    const inquiry = aRecord('inquiry_transcript', { fields: PARTIAL });
    expect(check(seed002Profile, evidence(inquiry), [inquiry])).toHaveLength(1);
  });
});

describe('av-evidence-note-missing: the note’s fields', () => {
  it('maker, extractor and extraction time without place: fine under 002 and 004, missing under 003', () => {
    const partial = note(PARTIAL);
    const av = evidence(partial);
    expect(check(seed002Profile, av, [partial])).toEqual([]);
    expect(check(seed004Profile, av, [partial])).toEqual([]);
    const [finding] = check(seed003Profile, av, [partial]);
    expect(finding).toMatchObject({ severity: 'missing', citations: [ARTICLES['003']] });
    expect(finding!.message).toContain(
      `《作为证据使用的音像资料文字说明》（2025-03-03 10:00 制作）缺少“提取地点”`,
    );
  });

  it('the same note under 001 lacks 制作方法、制作时间、证明对象', () => {
    const partial = note(PARTIAL);
    const [finding] = check(seed001Profile, evidence(partial), [partial]);
    expect(finding!.message).toContain('缺少“制作方法”、“制作时间”、“证明对象”');
    expect(finding!.citations).toEqual([ARTICLES['001']]);
  });

  it('a note with the fields 001 lists passes under 001 but not under 002', () => {
    const full001 = note({
      makingMethod: '执法记录仪拷贝',
      madeAt: '2025-03-04T10:00:00+08:00',
      maker: '张三',
      proves: '当事人现场经营行为',
      filedOnDisc: true,
    });
    expect(check(seed001Profile, evidence(full001), [full001])).toEqual([]);
    const [finding] = check(seed002Profile, evidence(full001), [full001]);
    expect(finding!.message).toContain('缺少“提取人”、“提取时间”');
  });

  it('asks for the disc in the file where the profile requires it, and only there', () => {
    const { filedOnDisc: _disc, ...noDisc } = PARTIAL;
    const partial = note(noDisc);
    const [finding] = check(seed004Profile, evidence(partial), [partial]);
    expect(finding!.message).toContain('缺少“复制为光盘附卷”');
    const { evidenceAvOnDiscWithNote: _flag, ...rest } = seed004Profile.requirements!;
    const withoutDuty = { ...seed004Profile, requirements: rest };
    expect(check(withoutDuty, evidence(partial), [partial])).toEqual([]);
  });

  it('counts blank names, lists of blanks and times without a clock as absent', () => {
    const poor = note({ maker: '  ', extractor: [' '], extractedAt: '2025-03-04' });
    const [finding] = check(seed004Profile, evidence(poor), [poor]);
    expect(finding!.message).toContain('缺少“制作人”、“提取人”、“提取时间”');
  });

  it('maps every field name the built-in profiles use', () => {
    for (const profile of Object.values(PROFILES)) {
      for (const item of profile.evidenceAvNoteFields ?? []) {
        expect(Object.keys(EVIDENCE_NOTE_FIELDS), item.value).toContain(item.value);
      }
    }
  });
});

describe('av-evidence-note-missing: a field with no standard key', () => {
  // An edited profile may ask for an item the note has no key for.
  const withSiteConditions: PolicyProfile = {
    ...seed001Profile,
    evidenceAvNoteFields: [
      ...seed001Profile.evidenceAvNoteFields!,
      { value: '现场情况', citation: { seed: '001', article: '第十条' } },
    ],
  };
  const full = {
    makingMethod: '执法记录仪拷贝',
    madeAt: '2025-03-04T10:00:00+08:00',
    maker: '张三',
    proves: '当事人现场经营行为',
    filedOnDisc: true,
  };

  it('is not passed over: the finding names it and says it is looked for by name', () => {
    const complete = note(full);
    const [finding] = check(withSiteConditions, evidence(complete), [complete]);
    expect(finding!.message).toContain('缺少“现场情况”');
    expect(finding!.message).toContain('“现场情况”没有对应的标准字段');
    expect(finding!.citations).toEqual([
      { seed: '001', article: '第七条' },
      { seed: '001', article: '第十条' },
    ]);
  });

  it('is named when there is no note at all', () => {
    const [finding] = check(withSiteConditions, evidence());
    expect(finding!.message).toContain('“现场情况”没有对应的标准字段');
  });

  it('录音内容 (001 第十条) has its standard key', () => {
    const withRecordingContent: PolicyProfile = {
      ...seed001Profile,
      evidenceAvNoteFields: [
        ...seed001Profile.evidenceAvNoteFields!,
        { value: '录音内容', citation: { seed: '001', article: '第十条' } },
      ],
    };
    const complete = note({ ...full, recordingContent: '询问当事人经营情况' });
    expect(check(withRecordingContent, evidence(complete), [complete])).toEqual([]);
  });

  it('is met by a field under its own name', () => {
    const complete = note({ ...full, 现场情况: '询问当事人经营情况' });
    expect(check(withSiteConditions, evidence(complete), [complete])).toEqual([]);
  });
});

describe('av-evidence-note-missing: the rule', () => {
  it('reports on the case’s current stage, once per AV record', () => {
    const findings = avEvidenceNoteMissingRule.check(
      aContext({
        profile: seed003Profile,
        avRecords: [evidence(), evidence(), anAvRecord()],
        enforcementCase: aCase({ stage: 'archiving' }),
      }),
    );
    expect(findings.map((f) => f.stage)).toEqual(['archiving', 'archiving']);
  });

  it('lists every article it can cite across the five profiles', () => {
    expect(avEvidenceNoteMissingRule.citations).toEqual(Object.values(ARTICLES));
  });
});
