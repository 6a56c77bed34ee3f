import { BUILTIN_PROFILES } from '../profiles/builtin-profiles.ts';
import type { CitedItem, PolicyProfile } from '../profiles/profile-schema.ts';
import type { AvRecord } from '../records/av-record.ts';
import { citationsText, uniqueCitations } from './av/citations.ts';
import { describeAv } from './av/describe-av.ts';
import { evidenceNoteFieldOf, noteStates } from './av/evidence-note-fields.ts';
import { describeRecord } from './av/record-types.ts';
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

const RULE_ID = 'av-evidence-note-missing';

/** 复制为光盘后附卷 (001 第七条, 002 第八条, 003 第三十三条, 004《全过程记录制度》第二十一条). */
const ON_DISC = '复制为光盘附卷';

function noteCitations(profile: PolicyProfile) {
  return uniqueCitations([
    ...(profile.evidenceAvNoteFields ?? []).map((item) => item.citation),
    ...(profile.requirements?.evidenceAvOnDiscWithNote === undefined
      ? []
      : [profile.requirements.evidenceAvOnDiscWithNote.citation]),
  ]);
}

const quoted = (labels: readonly string[]) => labels.map((l) => `“${l.trim()}”`).join('、');

/** Labels with no standard key are named, so that nobody assumes the system checked them. */
function unmappedRemark(items: readonly CitedItem[]): string {
  const unmapped = items.map((i) => i.value).filter((v) => evidenceNoteFieldOf(v) === undefined);
  return unmapped.length === 0
    ? ''
    : `其中${quoted(unmapped)}没有对应的标准字段，系统按该名称查找，请以该名称填写。`;
}

function findingFor(av: AvRecord, context: RuleContext): Finding | undefined {
  const onDisc = context.profile.requirements?.evidenceAvOnDiscWithNote !== undefined;
  const items = context.profile.evidenceAvNoteFields ?? [];
  if (!av.usedAsEvidence || (items.length === 0 && !onDisc)) return undefined;
  const citations = noteCitations(context.profile);
  const common = {
    ruleId: RULE_ID,
    severity: 'missing' as const,
    citations,
    // AV records have no stage of their own; the note is needed before the case moves on.
    stage: context.enforcementCase.stage,
    subjectId: av.id,
  };
  const required = [...items.map((item) => item.value), ...(onDisc ? [ON_DISC] : [])];
  const basis = `依据：${citationsText(citations)}。`;
  const note = context.records.find(
    (record) => record.id === av.evidenceNoteRecordId && record.type === 'av_evidence_note',
  );
  if (note === undefined) {
    const linked =
      av.evidenceNoteRecordId === undefined
        ? '未关联作为证据使用的音像资料文字说明'
        : `关联的文字说明（${av.evidenceNoteRecordId}）不存在或不是作为证据使用的音像资料文字说明`;
    return {
      ...common,
      message:
        `${describeAv(av)}作为证据使用，但${linked}。请制作文字说明材料，注明${quoted(required)}，` +
        `并关联到该音像记录。${unmappedRemark(items)}${basis}`,
    };
  }
  const absent = required.filter((label) =>
    label === ON_DISC ? note.fields['filedOnDisc'] !== true : !noteStates(note.fields, label),
  );
  if (absent.length === 0) return undefined;
  return {
    ...common,
    message:
      `${describeAv(av)}作为证据使用，其文字说明${describeRecord(note)}缺少${quoted(absent)}。` +
      `请补充。${unmappedRemark(items.filter((item) => absent.includes(item.value)))}${basis}`,
  };
}

export const avEvidenceNoteMissingRule: Rule = {
  id: RULE_ID,
  title: '作为证据使用的音像记录缺少文字说明或说明不全',
  citations: uniqueCitations(BUILTIN_PROFILES.flatMap((profile) => noteCitations(profile))),
  check(context) {
    return context.avRecords
      .map((av) => findingFor(av, context))
      .filter((finding) => finding !== undefined);
  },
};
