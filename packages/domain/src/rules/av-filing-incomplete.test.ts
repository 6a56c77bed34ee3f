import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import type { AvRecord } from '../records/av-record.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { avFilingIncompleteRule } from './av-filing-incomplete.ts';
import { aCase, aContext, anAvRecord, aRecord, PROFILES } from './test-support/rule-fixture.ts';

const fullNote = (fields: Record<string, unknown> = {}) =>
  aRecord('av_evidence_note', {
    id: 'note',
    fields: {
      makingMethod: '执法记录仪拷贝',
      madeAt: '2025-03-04T10:00:00+08:00',
      maker: '张三',
      proves: '当事人现场经营行为',
      recordingContent: '询问当事人经营情况',
      storageLocation: '执法信息系统 /2025/常综执罚12号/',
      ...fields,
    },
  });

function check(
  avRecords: AvRecord[],
  records: CaseRecord[] = [],
  stage: 'investigation' | 'archiving' | 'archived' = 'investigation',
  profile = PROFILES['001'],
  events: CaseEvent[] = [],
) {
  return avFilingIncompleteRule.check(
    aContext({ profile, avRecords, records, events, enforcementCase: aCase({ stage }) }),
  );
}

const filed = anAvRecord({ id: 'av-filed', evidenceNoteRecordId: 'note' });

describe('av-filing-incomplete (001 第十条)', () => {
  it('every AV of the act needs its note, not only evidence: due until the file is formed', () => {
    const [finding] = check([anAvRecord({ id: 'av-bare' })]);
    expect(finding).toMatchObject({
      ruleId: 'av-filing-incomplete',
      severity: 'due',
      stage: 'archiving',
      subjectId: 'av-bare',
      citations: [{ seed: '001', article: '第十条' }],
    });
    expect(finding!.message).toContain('没有关联的音像资料书面说明');
    expect(check([anAvRecord()], [], 'archiving')[0]!.severity).toBe('missing');
    expect(check([anAvRecord()], [], 'archived')[0]!.severity).toBe('violation');
  });

  it('is due by the archiving deadline once the act has concluded (20 日)', () => {
    const concluded: CaseEvent = { type: 'concluded', at: '2025-03-10T10:00:00+08:00' };
    const [finding] = check([anAvRecord()], [], 'investigation', PROFILES['001'], [concluded]);
    expect(finding!.dueAt).toBeDefined();
  });

  it('a full note with a storage place or a disc meets it', () => {
    expect(check([filed], [fullNote()])).toEqual([]);
    const onDisc = fullNote({ storageLocation: undefined, filedOnDisc: true });
    expect(check([filed], [onDisc])).toEqual([]);
  });

  it('names what the note lacks: 录音内容 for sound, and the disc or storage place', () => {
    const lacking = fullNote({ recordingContent: ' ', storageLocation: undefined });
    const [finding] = check([filed], [lacking]);
    expect(finding!.message).toContain('缺少“录音内容”、“光盘或存储位置”');
    const photo = anAvRecord({ kind: 'photo', evidenceNoteRecordId: 'note' });
    expect(check([photo], [fullNote({ recordingContent: undefined })])).toEqual([]);
  });

  it('is 001 only', () => {
    for (const seed of ['000', '002', '003', '004'] as const) {
      expect(check([anAvRecord()], [], 'archiving', PROFILES[seed])).toEqual([]);
    }
  });
});
