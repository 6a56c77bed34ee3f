import {
  ACT_ENDED_AT,
  ACT_STARTED_AT,
  AV_SITUATIONS,
  fieldBinds,
  isFieldPresent,
  isFieldRequired,
  partySignatureBinds,
  REFUSAL_NOTE_CITATIONS,
  bindsAny,
  recordTypeSpec,
  type AvSituation,
  type Confidentiality,
  type CaseRecord,
  type EnforcementCase,
  type FieldSpec,
  type PolicyProfile,
  type RecordTypeId,
  type SignatureBlock,
} from '@liuhen/domain';
import type { InvalidParam } from '../http/problem.ts';

const TEXT_LIMIT = 20_000;

export interface RecordInput {
  readonly type: RecordTypeId;
  readonly madeAt: string;
  readonly fields: Record<string, unknown>;
  readonly signature?: SignatureBlock | undefined;
  readonly situations: readonly AvSituation[];
  readonly confidentiality: Confidentiality;
}

function valueProblem(spec: FieldSpec, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.length > TEXT_LIMIT) {
    return `内容过长（最多 ${TEXT_LIMIT} 字）`;
  }
  if (isFieldPresent(spec, value)) return undefined;
  switch (spec.kind) {
    case 'instant':
      return '应为带时区的日期时间，例如 2025-03-03T09:30:00+08:00';
    case 'date':
      return '应为日期，例如 2025-03-03';
    case 'boolean':
      return '应为“是”或“否”';
    case 'choice':
      return `应为以下之一：${(spec.choices ?? []).join('、')}`;
    case 'people':
      return '应填写姓名，多人请逐一填写';
    case 'list':
      return '应至少填写一项';
    case 'text':
      return typeof value === 'string' ? undefined : '应为文字';
  }
}

/**
 * What is wrong with a record before it is sealed: unknown fields, values of the wrong
 * kind, required fields left empty (each named by its label), a missing signature or
 * refusal note where the party must sign (003 第十六条, 004 第七条). Sealed records cannot
 * be fixed in place, so everything is checked here, once. Only what binds the agency's
 * profile is refused (its own seed names it): what only another seed names is accepted
 * and reported as advice by the rules (record-incomplete, transcript-unsigned).
 */
export function recordInputProblems(
  input: RecordInput,
  enforcementCase: EnforcementCase,
  profile: PolicyProfile,
): InvalidParam[] {
  const spec = recordTypeSpec(input.type);
  const known = new Map(spec.fields.map((field) => [field.key, field]));
  const problems: InvalidParam[] = [];
  const reported = new Set<string>();
  for (const [key, value] of Object.entries(input.fields)) {
    const field = known.get(key);
    const name = `body.fields.${key}`;
    if (field === undefined) {
      problems.push({ name, reason: `《${spec.label}》没有该项` });
      continue;
    }
    const problem = valueProblem(field, value);
    if (problem !== undefined) {
      problems.push({ name, reason: `${field.label}${problem}` });
      reported.add(key);
    }
  }
  const record: CaseRecord = {
    id: 'unsaved',
    type: input.type,
    createdAt: input.madeAt,
    fields: input.fields,
    situations: input.situations,
  };
  for (const field of spec.fields) {
    if (reported.has(field.key)) continue;
    const value = input.fields[field.key];
    if (
      isFieldRequired(field, record, enforcementCase) &&
      fieldBinds(field, profile) &&
      !isFieldPresent(field, value)
    ) {
      problems.push({ name: `body.fields.${field.key}`, reason: `请填写${field.label}` });
    }
  }
  const signature = input.signature;
  if (signature === undefined) {
    if (partySignatureBinds(spec, profile)) {
      problems.push({
        name: 'body.signature',
        reason: `《${spec.label}》须由当事人或有关人员签字（盖章）；拒绝签字的，请记录拒签情况`,
      });
    }
  } else if (spec.partySignature === 'required') {
    // A signature block given is checked whatever binds: a signature without a signer is none.
    if (
      signature.kind === 'refused' &&
      signature.note.trim() === '' &&
      bindsAny(REFUSAL_NOTE_CITATIONS, profile)
    ) {
      problems.push({ name: 'body.signature.note', reason: '请记录当事人拒绝签字的具体情况' });
    } else if (signature.kind === 'signed' && !signature.signers.some((s) => s.trim() !== '')) {
      problems.push({ name: 'body.signature.signers', reason: '请填写签字人' });
    }
  }
  const actStart = input.fields[ACT_STARTED_AT];
  const actEnd = input.fields[ACT_ENDED_AT];
  if (
    !reported.has(ACT_ENDED_AT) &&
    typeof actStart === 'string' &&
    typeof actEnd === 'string' &&
    Date.parse(actEnd) < Date.parse(actStart)
  ) {
    problems.push({
      name: `body.fields.${ACT_ENDED_AT}`,
      reason: '执法活动结束时间不能早于开始时间',
    });
  }
  for (const [index, situation] of input.situations.entries()) {
    if (!(AV_SITUATIONS as readonly string[]).includes(situation)) {
      problems.push({ name: `body.situations.${index}`, reason: '未知的音像记录情形' });
    }
  }
  return problems;
}
