import { STAGE_LABELS, STAGES, type Stage } from '../enforcement/vocabulary.ts';
import {
  everyRequirementCitation,
  recordTypeSpec,
  requiredRecordTypes,
  uniqueCitations,
} from '../records/catalogue/index.ts';
import type { Finding } from './finding.ts';
import type { Rule } from './rule.ts';

const ID = 'required-record-missing';

/** The stages whose records a case at `current` should already have, in order. */
function stagesUpTo(current: Stage): readonly Stage[] {
  return STAGES.slice(0, STAGES.indexOf(current) + 1);
}

/**
 * Each record the catalogue requires for the case's current stage and every earlier one
 * (000 第六条至第十一条, 001 第五条, 002 第四条至第七条, 003 第九条至第二十九条, 004 第九条、
 * 第十条). A record missing from an earlier stage still blocks: the case file is incomplete
 * until it is made good.
 */
export const requiredRecordMissing: Rule = {
  id: ID,
  title: '环节应有的执法文书缺失',
  citations: uniqueCitations(everyRequirementCitation()),
  check: ({ enforcementCase, records, profile }) => {
    const findings: Finding[] = [];
    for (const stage of stagesUpTo(enforcementCase.stage)) {
      for (const required of requiredRecordTypes(enforcementCase, stage, records, profile)) {
        if (records.some((record) => record.type === required.type)) continue;
        const document = `《${recordTypeSpec(required.type).label}》`;
        const where =
          stage === enforcementCase.stage
            ? '请在本环节补充。'
            : `该文书属于“${STAGE_LABELS[stage]}”环节，请补充后再继续办理。`;
        findings.push({
          ruleId: ID,
          severity: 'missing',
          citations: required.citations,
          stage,
          message: `缺少${document}，${where}（${required.reason}。）`,
        });
      }
    }
    return findings;
  },
};
