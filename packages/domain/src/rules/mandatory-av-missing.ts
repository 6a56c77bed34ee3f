import { BUILTIN_PROFILES } from '../profiles/builtin-profiles.ts';
import type { MandatoryAvItem, PolicyProfile } from '../profiles/profile-schema.ts';
import type { AvRecord } from '../records/av-record.ts';
import { AV_SITUATION_LABELS, type AvSituation } from '../records/av-situation.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { situationsOf } from '../records/record-situations.ts';
import { citationsText, uniqueCitations } from './av/citations.ts';
import { recordTypeSpec } from '../records/catalogue/index.ts';
import { describeRecord } from './av/record-types.ts';
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

const RULE_ID = 'mandatory-av-missing';

/** An item a rule can recognise: "其他需要音像记录的" and the like have no situations. */
type CheckedItem = MandatoryAvItem & { readonly situations: readonly AvSituation[] };

function checkedItems(profile: PolicyProfile): readonly CheckedItem[] {
  return (profile.mandatoryAvActs ?? []).filter(
    (item): item is CheckedItem => item.situations !== undefined,
  );
}

function labels(situations: Iterable<AvSituation>): string {
  return [...new Set(situations)].map((s) => AV_SITUATION_LABELS[s]).join('、');
}

/** The AV situations shown by the AV records linked to a record. */
function coveredSituations(record: CaseRecord, avRecords: readonly AvRecord[]): Set<AvSituation> {
  const covered = new Set<AvSituation>();
  for (const av of avRecords) {
    if (av.recordId === record.id) av.situations.forEach((s) => covered.add(s));
  }
  return covered;
}

/**
 * A refusal to sign is checked by `transcript-unsigned`, which knows the signature block
 * and names the AV of the refusal; reporting it here as well would show one gap twice.
 */
const CHECKED_ELSEWHERE: ReadonlySet<AvSituation> = new Set(['refusal_to_sign']);

/**
 * Each item is one duty (an act that must be on AV). A record meets an item when an AV of
 * it shows one of the item's situations the record is in; items are not pooled, so the
 * AV of an inquiry does not also answer for the non-cooperation it ran into.
 */
function recordFinding(
  record: CaseRecord,
  context: RuleContext,
  items: readonly CheckedItem[],
): Finding | undefined {
  const situations = situationsOf(record, context.enforcementCase);
  const covered = coveredSituations(record, context.avRecords);
  const unmet: { item: CheckedItem; matched: AvSituation[] }[] = [];
  for (const item of items) {
    const matched = item.situations.filter(
      (s) => !CHECKED_ELSEWHERE.has(s) && situations.includes(s),
    );
    if (matched.length > 0 && !matched.some((s) => covered.has(s))) unmet.push({ item, matched });
  }
  if (unmet.length === 0) return undefined;
  const citations = uniqueCitations(unmet.map(({ item }) => item.citation));
  const acts = labels(unmet.flatMap(({ matched }) => matched));
  return {
    ruleId: RULE_ID,
    severity: 'missing',
    citations,
    message:
      `${describeRecord(record)}所记录的${acts}应当进行音像记录，但没有关联的音像记录显示该事项。` +
      `请将现场音像记录上传并关联到该文书，并在音像记录中标明上述事项。` +
      `依据：${citationsText(citations)}。`,
    stage: recordTypeSpec(record.type).stage,
    subjectId: record.id,
  };
}

/**
 * 004 第十三条 puts the whole simplified procedure on AV: an item of the AV list naming the
 * simplified procedure, or the profile's `requirements.simplifiedProcedureFullAv`, says so.
 * When some record is evidence of the simplified procedure, its own finding above already
 * asks for the AV; this one covers a case that has neither that record nor any AV of it.
 */
function simplifiedProcedureFinding(
  context: RuleContext,
  items: readonly CheckedItem[],
): Finding | undefined {
  const { enforcementCase, records, avRecords } = context;
  if (enforcementCase.procedure !== 'simplified') return undefined;
  const flag = context.profile.requirements?.simplifiedProcedureFullAv;
  const covering = [
    ...items.filter((item) => item.situations.includes('simplified_procedure')),
    ...(flag === undefined ? [] : [flag]),
  ];
  if (covering.length === 0) return undefined;
  if (avRecords.some((av) => av.situations.includes('simplified_procedure'))) return undefined;
  const recordAsks = records.some((record) =>
    situationsOf(record, enforcementCase).includes('simplified_procedure'),
  );
  if (recordAsks) return undefined;
  const citations = uniqueCitations(covering.map((item) => item.citation));
  return {
    ruleId: RULE_ID,
    severity: 'missing',
    citations,
    message:
      `本案适用简易程序，应当进行全程音像记录，但没有标明“${AV_SITUATION_LABELS.simplified_procedure}”的音像记录。` +
      `请上传简易程序全过程的音像记录并标明该事项。依据：${citationsText(citations)}。`,
    stage: recordTypeSpec('simplified_procedure_record').stage,
  };
}

export const mandatoryAvMissingRule: Rule = {
  id: RULE_ID,
  title: '应当音像记录的执法行为缺少音像记录',
  citations: uniqueCitations([
    ...BUILTIN_PROFILES.flatMap((profile) => checkedItems(profile)).map((item) => item.citation),
    ...BUILTIN_PROFILES.flatMap((p) => p.requirements?.simplifiedProcedureFullAv?.citation ?? []),
  ]),
  check(context) {
    const items = checkedItems(context.profile);
    const findings = context.records
      .map((record) => recordFinding(record, context, items))
      .filter((finding) => finding !== undefined);
    const simplified = simplifiedProcedureFinding(context, items);
    return simplified === undefined ? findings : [...findings, simplified];
  },
};
