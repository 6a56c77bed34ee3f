import type { EnforcementCase } from '../enforcement/enforcement-case.ts';
import type { ExecutionMethod, ServiceMethod } from '../enforcement/vocabulary.ts';
import { AV_SITUATIONS, type AvSituation } from './av-situation.ts';
import type { CaseRecord } from './case-record.ts';
import type { RecordTypeId } from './record-type-ids.ts';

/**
 * The act a record of each type documents, as far as AV duties go: an inquiry transcript is
 * made while questioning someone, so it is evidence that an inquiry took place.
 */
export const SITUATIONS_BY_RECORD_TYPE: Readonly<Partial<Record<RecordTypeId, AvSituation>>> = {
  inquiry_transcript: 'inquiry',
  on_site_inspection_transcript: 'on_site_inspection',
  sampling_record: 'sampling',
  advance_preservation: 'advance_preservation',
  hearing_transcript: 'hearing',
  // A 陈述（申辩）笔录 is made when the party states its case orally (004 第八条).
  statement_defence_transcript: 'oral_statement',
  coercive_measure_decision: 'coercive_measure',
  compulsory_execution_record: 'compulsory_execution',
  simplified_procedure_record: 'simplified_procedure',
};

/**
 * Service methods the seeds put on AV (002 第七条, 003 第二十五条, 004 第十条). Postal, fax
 * and electronic service leave their own traces (receipts, screenshots), so none of the
 * mandatory-AV lists names them.
 */
export const SITUATIONS_BY_SERVICE_METHOD: Readonly<Partial<Record<ServiceMethod, AvSituation>>> = {
  personal: 'service_personal',
  leaving: 'service_leaving',
  public_notice: 'service_public_notice',
};

/** Execution methods done on the spot that 002 第五条(四)2 and 003 第十八条(三) put on AV. */
export const SITUATIONS_BY_EXECUTION_METHOD: Readonly<
  Partial<Record<ExecutionMethod, AvSituation>>
> = {
  removal_or_restoration: 'removal_or_restoration',
  substitute_performance: 'substitute_performance',
  // 000 第十二条 lists 强制拆除 among the acts on AV; 行政强制法 第四十四条 governs it.
  demolition: 'forced_demolition',
};

function byMethod<M extends string>(
  table: Readonly<Partial<Record<M, AvSituation>>>,
  method: unknown,
): AvSituation | undefined {
  // `fields` is free data until the catalogue validates it; an unknown method adds nothing.
  return typeof method === 'string' && Object.hasOwn(table, method)
    ? table[method as M]
    : undefined;
}

/**
 * The AV situations a text record is evidence of: those its type and method imply, those
 * the officer marked, and a refusal to sign. Listed in `AV_SITUATIONS` order, without
 * repeats, so findings and tests do not depend on how the record was entered.
 *
 * The case is part of the signature because some situations are facts about the whole
 * case rather than one document; none of the current ones needs it (a simplified-procedure
 * case is checked as a whole by the mandatory-AV rule, since one AV can accompany only one
 * record).
 */
export function situationsOf(
  record: CaseRecord,
  _enforcementCase: EnforcementCase,
): readonly AvSituation[] {
  const found = new Set<AvSituation>(record.situations ?? []);
  const byType = SITUATIONS_BY_RECORD_TYPE[record.type];
  if (byType !== undefined) found.add(byType);
  const method = record.fields['method'];
  const byMethodSituation =
    record.type === 'proof_of_service'
      ? byMethod(SITUATIONS_BY_SERVICE_METHOD, method)
      : record.type === 'compulsory_execution_record'
        ? byMethod(SITUATIONS_BY_EXECUTION_METHOD, method)
        : undefined;
  if (byMethodSituation !== undefined) found.add(byMethodSituation);
  // 拒绝接受调查和提供证据的情况 written on an inquiry: the party did not cooperate.
  const refusal = record.fields['refusalToCooperate'];
  if (typeof refusal === 'string' && refusal.trim() !== '') found.add('non_cooperation');
  if (record.signature?.kind === 'refused') found.add('refusal_to_sign');
  return AV_SITUATIONS.filter((situation) => found.has(situation));
}
