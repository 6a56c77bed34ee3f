import { describeRecord } from './av/record-types.ts';
import type { EnforcementCase } from '../enforcement/enforcement-case.ts';
import {
  SERVICE_METHOD_LABELS,
  SERVICE_METHODS,
  type ServiceMethod,
} from '../enforcement/vocabulary.ts';
import type { PolicyProfile, ProfileCitation } from '../profiles/profile-schema.ts';
import type { CaseRecord } from '../records/case-record.ts';
import {
  citationsForProfile,
  fieldBinds,
  missingFields,
  recordTypeSpec,
  SERVICE_METHOD_CITATIONS,
  SERVICE_METHOD_FIELD,
  uniqueCitations,
  type FieldSpec,
} from '../records/catalogue/index.ts';
import { regulationNames } from './binding.ts';
import type { Finding } from './finding.ts';
import type { Rule } from './rule.ts';

const ID = 'service-proof-incomplete';

function isServiceMethod(value: unknown): value is ServiceMethod {
  return typeof value === 'string' && (SERVICE_METHODS as readonly string[]).includes(value);
}

const METHOD_LIST = SERVICE_METHODS.map((m) => SERVICE_METHOD_LABELS[m]).join('、');

/**
 * Citations under the profile: the method's article in the profile's own seed, else every
 * seed's article for it. 001 has no service article at all (第五条(四) says only "送达情况"),
 * and 000 names no fax, entrusted or electronic service; the catalogue still requires what
 * the other seeds require of that method (FieldSpec), so the finding cites them, which
 * tells the clerk where the requirement comes from. Fields missing whatever the method
 * (time, document, recipient) add the articles that name them, chosen the same way.
 */
function citationsFor(
  method: ServiceMethod | undefined,
  missing: readonly FieldSpec[],
  profile: PolicyProfile,
): ProfileCitation[] {
  const byMethod =
    method === undefined ? [] : citationsForProfile(SERVICE_METHOD_CITATIONS[method], profile);
  return uniqueCitations([
    ...byMethod,
    ...missing.flatMap((field) => citationsForProfile(field.citations, profile)),
  ]);
}

function findingFor(
  record: CaseRecord,
  enforcementCase: EnforcementCase,
  profile: PolicyProfile,
  missing: readonly FieldSpec[],
): Finding | undefined {
  const method = record.fields[SERVICE_METHOD_FIELD];
  const base = {
    ruleId: ID,
    severity: 'missing',
    stage: 'service_and_execution',
    subjectId: record.id,
  } as const;
  if (!isServiceMethod(method) && missing.some((f) => f.key === SERVICE_METHOD_FIELD)) {
    const others = missing.filter((f) => f.key !== SERVICE_METHOD_FIELD);
    const also = others.length === 0 ? '' : `另缺少：${others.map((f) => f.label).join('；')}。`;
    return {
      ...base,
      citations: citationsFor(undefined, missing, profile),
      message: `${describeRecord(record)}未注明有效的送达方式（应为${METHOD_LIST}之一），无法判断应记录的事项。请注明送达方式并按该方式补充记录。${also}`,
    };
  }
  if (missing.length === 0) return undefined;
  const how = isServiceMethod(method) ? `采用${SERVICE_METHOD_LABELS[method]}，` : '';
  return {
    ...base,
    citations: citationsFor(isServiceMethod(method) ? method : undefined, missing, profile),
    message: `${describeRecord(record)}${how}缺少以下内容：${missing.map((f) => f.label).join('；')}。请补充完整。`,
  };
}

/**
 * The items the agency's own regulation names block (`missing`); those only another
 * seed names are reported apart as advice, citing that seed (./binding.ts), so that
 * another agency's list for a method never blocks this one.
 */
function findingsFor(
  record: CaseRecord,
  enforcementCase: EnforcementCase,
  profile: PolicyProfile,
): Finding[] {
  const missing = missingFields(record, enforcementCase);
  const bound = missing.filter((f) => fieldBinds(f, profile));
  const unbound = missing.filter((f) => !fieldBinds(f, profile));
  const findings: Finding[] = [];
  const binding = findingFor(record, enforcementCase, profile, bound);
  if (binding !== undefined) findings.push(binding);
  const other = findingFor(record, enforcementCase, profile, unbound);
  if (other !== undefined) {
    const citations = uniqueCitations(unbound.flatMap((f) => f.citations));
    findings.push({
      ...other,
      severity: 'advice',
      citations,
      message: `${other.message.replace(/请补充完整。$/, '')}（本机关适用的规定未要求记载，此为${regulationNames(citations)}的做法，供参考。）`,
    });
  }
  return findings;
}

/**
 * A proof of service states the method and what that method requires (000 第十条, 002
 * 第七条(一), 003 第二十五条, 004 第十条): signatures for personal service, post receipts,
 * the refusal and witness for service by leaving, the fax time and number, how electronic
 * service was recorded, why public notice was used and how.
 */
export const serviceProofIncomplete: Rule = {
  id: ID,
  title: '送达回证记载不完整',
  citations: uniqueCitations([
    ...Object.values(SERVICE_METHOD_CITATIONS).flat(),
    ...recordTypeSpec('proof_of_service')
      .fields.filter((f) => f.required || f.requiredWhen)
      .flatMap((f) => f.citations),
  ]),
  check: ({ enforcementCase, records, profile }) =>
    records
      .filter((record) => record.type === 'proof_of_service')
      .flatMap((record) => findingsFor(record, enforcementCase, profile)),
};
