import { hasVisited } from '../enforcement/case-path.ts';
import { firstEvent } from '../enforcement/case-event.ts';
import { formatShanghai } from '../enforcement/instant.ts';
import { citeIn } from '../profiles/cite.ts';
import { SEED_004_RECORDING } from '../profiles/seed-004.ts';
import type { RecordTypeId } from '../records/record-type-ids.ts';
import type { Finding, RuleCitation } from './finding.ts';
import { hasRecordBefore } from './procedure/case-facts.ts';
import { PENALTY_LAW } from './procedure/law.ts';
import { citationsUnder, everyCitationIn, type SeedCitations } from './procedure/seed-citations.ts';
import type { Rule, RuleContext } from './rule.ts';

const ID = 'major-decision-unreviewed';

/**
 * Every seed records the legal review and the collective discussion of a decision: 000
 * 第八条(三) (of major decisions), 001 第五条(三), 002 第六条(一)2、4, 003 第二十三条(二)(四).
 * 004 第九条 speaks only of penalty decisions, so a major decision of another kind owes
 * nothing under 004. For penalties 行政处罚法 第五十八条 and 第五十七条 bind under every
 * profile.
 */
const BOTH: SeedCitations = {
  '000': [citeIn('000')('第八条')],
  '001': [citeIn('001')('第五条')],
  '002': [citeIn('002')('第六条')],
  '003': [citeIn('003')('第二十三条')],
};
const PENALTY_ONLY: SeedCitations = {
  '004': [citeIn('004', SEED_004_RECORDING)('第九条')],
};

interface Requirement {
  readonly recordType: RecordTypeId;
  readonly name: string;
  readonly law: RuleCitation;
  readonly todo: string;
}

const REQUIREMENTS: readonly Requirement[] = [
  {
    recordType: 'legal_review',
    name: '法制审核',
    law: PENALTY_LAW.legalReview,
    todo: '请提交法制机构审核，并记录审核人员、审核意见和建议',
  },
  {
    recordType: 'collective_discussion_minutes',
    name: '集体讨论',
    law: PENALTY_LAW.collectiveDiscussion,
    todo: '请提请负责人集体讨论，并制作集体讨论记录或会议纪要',
  },
];

function citationsFor(context: RuleContext, requirement: Requirement): readonly RuleCitation[] {
  const isPenalty = context.enforcementCase.actType === 'penalty';
  return [
    ...citationsUnder(context.profile, BOTH),
    ...(isPenalty ? citationsUnder(context.profile, PENALTY_ONLY) : []),
    ...(isPenalty ? [requirement.law] : []),
  ];
}

export const majorDecisionUnreviewed: Rule = {
  id: ID,
  title: '重大行政执法决定未经法制审核或集体讨论',
  citations: [
    ...everyCitationIn(BOTH, PENALTY_ONLY),
    PENALTY_LAW.legalReview,
    PENALTY_LAW.collectiveDiscussion,
  ],
  check: (context) => {
    const { enforcementCase, events, records } = context;
    const decision = firstEvent(events, 'decision_made');
    if (!enforcementCase.majorDecision) return [];
    // The path the case took: one closed without a decision has nothing to review.
    if (decision === undefined && !hasVisited(enforcementCase.stage, events, 'decision')) {
      return [];
    }
    const findings: Finding[] = [];
    for (const requirement of REQUIREMENTS) {
      const citations = citationsFor(context, requirement);
      if (citations.length === 0) continue;
      const base = { ruleId: ID, citations, stage: 'decision' } as const;
      const { recordType, name, todo } = requirement;
      if (decision === undefined) {
        if (records.some((record) => record.type === recordType)) continue;
        findings.push({
          ...base,
          severity: 'missing',
          message: `本案为重大行政执法决定，作出决定前须经${name}，尚无${name}记录。${todo}。`,
        });
      } else if (!hasRecordBefore(records, recordType, decision.at)) {
        const madeLater = records.some((record) => record.type === recordType);
        findings.push({
          ...base,
          severity: 'violation',
          message: `本案为重大行政执法决定，但于 ${formatShanghai(decision.at)} 作出决定前${madeLater ? `未完成${name}（${name}记录晚于决定）` : `未经${name}`}。请报告负责人依法纠正。`,
        });
      }
    }
    return findings;
  },
};
