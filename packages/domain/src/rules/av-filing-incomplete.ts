import type { SeedId } from '../citation/citation.ts';
import { firstEvent } from '../enforcement/case-event.ts';
import type { ProfileCitation } from '../profiles/profile-schema.ts';
import type { AvRecord } from '../records/av-record.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { deadlineFrom } from './deadline.ts';
import { citationText } from './av/citations.ts';
import { describeAv } from './av/describe-av.ts';
import { noteStates } from './av/evidence-note-fields.ts';
import type { Finding, FindingSeverity } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

const RULE_ID = 'av-filing-incomplete';

/**
 * 001 第十条: 以音像方式记录的内容应当将其以光盘等载体形式归入案卷，或者以书面文字形式载明其
 * 在…存储器中的存储位置，并将有关记录制作方法、制作时间、制作人和证明对象、录音内容等书面
 * 说明归入案卷. Every AV of the act, not only what is used as evidence (第七条, checked by
 * `av-evidence-note-missing`). The other seeds file AV without such a note.
 */
const FILING_DUTIES: Readonly<Partial<Record<SeedId, ProfileCitation>>> = {
  '001': { seed: '001', article: '第十条' },
};

const NOTE_ITEMS = ['制作方法', '制作时间', '制作人', '证明对象'];
/** A photo or a silent surveillance picture has no sound to describe. */
const WITH_SOUND: ReadonlySet<AvRecord['kind']> = new Set(['video', 'audio']);

const nonBlank = (value: unknown) => typeof value === 'string' && value.trim() !== '';

function gaps(av: AvRecord, note: CaseRecord | undefined): string[] {
  if (note === undefined) return ['书面说明'];
  const items = WITH_SOUND.has(av.kind) ? [...NOTE_ITEMS, '录音内容'] : NOTE_ITEMS;
  const absent = items.filter((label) => !noteStates(note.fields, label));
  const filed = note.fields['filedOnDisc'] === true || nonBlank(note.fields['storageLocation']);
  return filed ? absent : [...absent, '光盘或存储位置'];
}

/**
 * Open until the case file is formed: `due` before the archiving stage (by the archiving
 * deadline once the act has concluded), `missing` in it (it blocks archiving), a
 * `violation` once archived without it.
 */
function severityOf(context: RuleContext): { severity: FindingSeverity; dueAt?: string } {
  const stage = context.enforcementCase.stage;
  if (stage === 'archived') return { severity: 'violation' };
  if (stage === 'archiving') return { severity: 'missing' };
  const concluded = firstEvent(context.events, 'concluded');
  const period = context.profile.archivingDeadline;
  return concluded === undefined || period === undefined
    ? { severity: 'due' }
    : { severity: 'due', dueAt: deadlineFrom(concluded.at, period.value) };
}

function findingFor(av: AvRecord, context: RuleContext): Finding | undefined {
  const seed: SeedId | undefined = context.profile.seed;
  const citation = seed === undefined ? undefined : FILING_DUTIES[seed];
  if (citation === undefined) return undefined;
  const note = context.records.find(
    (record) => record.id === av.evidenceNoteRecordId && record.type === 'av_evidence_note',
  );
  const absent = gaps(av, note);
  if (absent.length === 0) return undefined;
  const what =
    note === undefined
      ? '没有关联的音像资料书面说明'
      : `其书面说明缺少${absent.map((item) => `“${item}”`).join('、')}`;
  return {
    ruleId: RULE_ID,
    ...severityOf(context),
    citations: [citation],
    message:
      `${describeAv(av)}应当随案卷归档：以光盘等载体归入案卷或载明其存储位置，并附制作方法、` +
      `制作时间、制作人、证明对象和录音内容的书面说明，但${what}。` +
      `请制作（或补充）音像资料文字说明并关联到该音像记录。依据：${citationText(citation)}。`,
    stage: 'archiving',
    subjectId: av.id,
  };
}

export const avFilingIncompleteRule: Rule = {
  id: RULE_ID,
  title: '音像记录未随案卷归档或缺少书面说明',
  citations: Object.values(FILING_DUTIES),
  check(context) {
    return context.avRecords
      .map((av) => findingFor(av, context))
      .filter((finding) => finding !== undefined);
  },
};
