import { EXECUTION_METHOD_LABELS, SERVICE_METHOD_LABELS } from '../enforcement/vocabulary.ts';
import { BUILTIN_PROFILES } from '../profiles/builtin-profiles.ts';
import {
  profileExecutionMethods,
  profileServiceMethods,
  type ProfileChoices,
} from '../profiles/profile-choices.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { uniqueCitations } from '../records/catalogue/index.ts';
import { citationsText } from './av/citations.ts';
import { describeRecord } from './av/record-types.ts';
import type { Finding } from './finding.ts';
import type { Rule } from './rule.ts';

const ID = 'method-outside-profile';

interface MethodList {
  readonly recordType: CaseRecord['type'];
  readonly what: string;
  readonly choices: (profile: PolicyProfile) => ProfileChoices<string> | undefined;
  readonly labels: Readonly<Record<string, string>>;
}

const LISTS: readonly MethodList[] = [
  {
    recordType: 'proof_of_service',
    what: '送达方式',
    choices: profileServiceMethods,
    labels: SERVICE_METHOD_LABELS,
  },
  {
    recordType: 'compulsory_execution_record',
    what: '强制执行方式',
    choices: profileExecutionMethods,
    labels: EXECUTION_METHOD_LABELS,
  },
];

/**
 * A service or execution method the agency's own regulation does not name (its profile's
 * `serviceMethods`, `compulsoryExecutionMethods`). National law allows more methods than
 * any one regulation lists (行政处罚法 第六十一条 refers to 民事诉讼法's seven; 行政强制法
 * 第十二条 lists the execution methods), so this is advice: the regulation says nothing of
 * how such a service or execution is recorded, and the clerk should know it is on their own.
 * An agency that uses the method routinely adds it to its profile.
 */
export const methodOutsideProfile: Rule = {
  id: ID,
  title: '采用本机关制度未列明的送达或强制执行方式',
  citations: uniqueCitations(
    BUILTIN_PROFILES.flatMap((profile) =>
      LISTS.flatMap((list) => list.choices(profile)?.citations ?? []),
    ),
  ),
  check: ({ records, profile, enforcementCase }) => {
    const findings: Finding[] = [];
    for (const list of LISTS) {
      const allowed = list.choices(profile);
      if (allowed === undefined) continue;
      for (const record of records) {
        if (record.type !== list.recordType) continue;
        const method = record.fields['method'];
        const label = typeof method === 'string' ? list.labels[method] : undefined;
        if (label === undefined || allowed.codes.includes(method as string)) continue;
        const listed = allowed.codes.map((code) => list.labels[code]).join('、');
        findings.push({
          ruleId: ID,
          severity: 'advice',
          citations: allowed.citations,
          stage: enforcementCase.stage,
          subjectId: record.id,
          message:
            `${describeRecord(record)}采用“${label}”，` +
            `本机关制度列明的${list.what}为：${listed}（${citationsText(allowed.citations)}）。` +
            `该方式依法可用，但制度未规定其记录要求，请按法律规定完整记录；经常采用的，可在本机关制度中增加。`,
        });
      }
    }
    return findings;
  },
};
