import { describeRecord } from './av/record-types.ts';
import {
  citationsForProfile,
  fieldBinds,
  missingFields,
  RECORD_CATALOGUE,
  recordTypeSpec,
  uniqueCitations,
} from '../records/catalogue/index.ts';
import { regulationNames } from './binding.ts';
import type { Finding } from './finding.ts';
import type { Rule } from './rule.ts';

const ID = 'record-incomplete';

/** service-proof-incomplete checks proofs of service, whose fields depend on the method. */
const SKIPPED = new Set(['proof_of_service']);

/**
 * A record lacks content its type must state (the catalogue, ../records/catalogue/, cites
 * each item: 000 第七条至第十一条, 001 第五条, 002 第四条至第七条, 003 第九条至第二十八条, 004
 * 第六条至第十一条). Each missing item cites the articles of the profile's seed that name it,
 * or, where that seed is silent, those of the seeds that do: those items are reported apart,
 * as advice that blocks nothing (./binding.ts).
 */
export const recordIncomplete: Rule = {
  id: ID,
  title: '执法文书内容不完整',
  citations: uniqueCitations(
    RECORD_CATALOGUE.filter((spec) => !SKIPPED.has(spec.id)).flatMap((spec) =>
      spec.fields.filter((f) => f.required || f.requiredWhen).flatMap((f) => f.citations),
    ),
  ),
  check: ({ enforcementCase, records, profile }) => {
    const findings: Finding[] = [];
    for (const record of records) {
      if (SKIPPED.has(record.type)) continue;
      const missing = missingFields(record, enforcementCase);
      if (missing.length === 0) continue;
      const spec = recordTypeSpec(record.type);
      const bound = missing.filter((f) => fieldBinds(f, profile));
      const unbound = missing.filter((f) => !fieldBinds(f, profile));
      const labels = (fields: typeof missing) => fields.map((f) => f.label).join('；');
      if (bound.length > 0) {
        findings.push({
          ruleId: ID,
          severity: 'missing',
          citations: uniqueCitations(
            bound.flatMap((f) => citationsForProfile(f.citations, profile)),
          ),
          stage: spec.stage,
          subjectId: record.id,
          message: `${describeRecord(record)}缺少以下内容：${labels(bound)}。请补充完整。`,
        });
      }
      if (unbound.length > 0) {
        const citations = uniqueCitations(unbound.flatMap((f) => f.citations));
        findings.push({
          ruleId: ID,
          severity: 'advice',
          citations,
          stage: spec.stage,
          subjectId: record.id,
          message: `${describeRecord(record)}未载明：${labels(unbound)}。本机关适用的规定未要求载明，${regulationNames(citations)}要求载明，可参考补充。`,
        });
      }
    }
    return findings;
  },
};
