import { stagesVisited } from '../enforcement/case-path.ts';
import { STAGE_LABELS } from '../enforcement/vocabulary.ts';
import {
  everyRequirementCitation,
  recordTypeSpec,
  requiredRecordTypes,
  uniqueCitations,
} from '../records/catalogue/index.ts';
import { bindsAny, regulationNames } from './binding.ts';
import type { Finding } from './finding.ts';
import type { Rule } from './rule.ts';

const ID = 'required-record-missing';

/**
 * Each record the catalogue requires for the case's current stage and every earlier one
 * it went through (a stage it skipped owes nothing: ../enforcement/case-path.ts)
 * (000 第六条至第十一条, 001 第五条, 002 第四条至第七条, 003 第九条至第二十九条, 004 第九条、
 * 第十条). A record missing from an earlier stage still blocks: the case file is incomplete
 * until it is made good. A record only another agency's regulation names (the 程序启动审批表
 * of 002 and 003 for a 000 township, say) is advice: it cites that regulation and blocks
 * nothing (./binding.ts).
 */
export const requiredRecordMissing: Rule = {
  id: ID,
  title: '环节应有的执法文书缺失',
  citations: uniqueCitations(everyRequirementCitation()),
  check: ({ enforcementCase, records, events, profile }) => {
    const findings: Finding[] = [];
    for (const stage of stagesVisited(enforcementCase.stage, events)) {
      for (const required of requiredRecordTypes(enforcementCase, stage, records, profile)) {
        if (records.some((record) => record.type === required.type)) continue;
        const document = `《${recordTypeSpec(required.type).label}》`;
        const where =
          stage === enforcementCase.stage
            ? '请在本环节补充。'
            : `该文书属于“${STAGE_LABELS[stage]}”环节，请补充后再继续办理。`;
        findings.push(
          bindsAny(required.citations, profile)
            ? {
                ruleId: ID,
                severity: 'missing',
                citations: required.citations,
                stage,
                message: `缺少${document}，${where}（${required.reason}。）`,
              }
            : {
                ruleId: ID,
                severity: 'advice',
                citations: required.citations,
                stage,
                message: `本案没有${document}。本机关适用的规定未要求该文书；${regulationNames(required.citations)}规定：${required.reason}。可参考制作，不影响办理。`,
              },
        );
      }
    }
    return findings;
  },
};
