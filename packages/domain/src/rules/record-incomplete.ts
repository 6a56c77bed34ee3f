import { describeRecord } from './av/record-types.ts';
import {
  citationsForProfile,
  missingFields,
  RECORD_CATALOGUE,
  recordTypeSpec,
  uniqueCitations,
} from '../records/catalogue/index.ts';
import type { Finding } from './finding.ts';
import type { Rule } from './rule.ts';

const ID = 'record-incomplete';

/** service-proof-incomplete checks proofs of service, whose fields depend on the method. */
const SKIPPED = new Set(['proof_of_service']);

/**
 * A record lacks content its type must state (the catalogue, ../records/catalogue/, cites
 * each item: 000 第七条至第十一条, 001 第五条, 002 第四条至第七条, 003 第九条至第二十八条, 004
 * 第六条至第十一条). Each missing item cites the articles of the profile's seed that name it,
 * or, where that seed is silent, those of the seeds that do.
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
      findings.push({
        ruleId: ID,
        severity: 'missing',
        citations: uniqueCitations(
          missing.flatMap((f) => citationsForProfile(f.citations, profile)),
        ),
        stage: spec.stage,
        subjectId: record.id,
        message: `${describeRecord(record)}缺少以下内容：${missing.map((f) => f.label).join('；')}。请补充完整。`,
      });
    }
    return findings;
  },
};
