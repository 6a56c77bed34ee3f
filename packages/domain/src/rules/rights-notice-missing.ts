import { firstEvent } from '../enforcement/case-event.ts';
import { hasVisited } from '../enforcement/case-path.ts';
import { formatShanghai } from '../enforcement/instant.ts';
import { citeIn } from '../profiles/cite.ts';
import { SEED_004_RECORDING } from '../profiles/seed-004.ts';
import { hasRecordBefore } from './procedure/case-facts.ts';
import { PENALTY_LAW } from './procedure/law.ts';
import { citationsUnder, everyCitationIn, type SeedCitations } from './procedure/seed-citations.ts';
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

const ID = 'rights-notice-missing';

/**
 * The notice of the intended decision and of the rights to state a case, defend, ask for
 * recusal or a hearing: 000 第七条(八), 001 第五条(二), 002 第五条(三), 003 第十五条, 004
 * 第八条. The seeds make it "依法"告知, and the law that requires it before the decision is
 * 行政处罚法 第四十四条 (no decision without it, 第六十二条), so the rule looks at penalty
 * cases only; a coercive measure's notice is given on the spot in the on-site transcript
 * (行政强制法 第十八条) and an execution's in the demand notice (第三十五条).
 */
const NOTICE: SeedCitations = {
  '000': [citeIn('000')('第七条')],
  '001': [citeIn('001')('第五条')],
  '002': [citeIn('002')('第五条')],
  '003': [citeIn('003')('第十五条')],
  '004': [citeIn('004', SEED_004_RECORDING)('第八条')],
};

/**
 * Under the simplified procedure the notice is oral and recorded with the rest of the
 * on-the-spot procedure (002 第六条(二)3, 003 第二十四条(三): 当事人陈述、申辩的记录). That
 * record is written up around the decision on the spot, before or after it is entered,
 * so its time says nothing about the order of notice and decision: until it is on file
 * the notice's record is `missing` (it blocks concluding the case), never a violation.
 */
const SIMPLIFIED_RECORD: SeedCitations = {
  '002': [citeIn('002')('第六条')],
  '003': [citeIn('003')('第二十四条')],
};

/**
 * 003 第十五条 asks for the notice before every 行政执法决定 (做出行政执法决定的事实、理由和
 * 依据), not only before penalties, "并制作告知书或现场笔录": under 003 a case of any kind
 * that reaches a decision needs a notice or an on-site transcript made before it.
 */
const ANY_DECISION: SeedCitations = { '003': [citeIn('003')('第十五条')] };

export const rightsNoticeMissing: Rule = {
  id: ID,
  title: '作出处罚决定前未告知当事人陈述、申辩等权利',
  citations: [
    ...everyCitationIn(NOTICE, SIMPLIFIED_RECORD, ANY_DECISION),
    PENALTY_LAW.rightsNotice,
    PENALTY_LAW.noDecisionWithoutNotice,
  ],
  check: ({ enforcementCase, events, records, profile }) => {
    const penalty = enforcementCase.actType === 'penalty';
    if (!penalty) return otherDecisionNotice(events, records, profile, enforcementCase.stage);
    const decision = firstEvent(events, 'decision_made');
    // The path the case took, not its stage number: a complaint not pursued or an
    // investigation closed without a decision owes no notice of a decision never made.
    if (decision === undefined && !hasVisited(enforcementCase.stage, events, 'decision')) {
      return [];
    }
    const simplified = enforcementCase.procedure === 'simplified';
    // 004 第八条: 除适用简易程序进行口头告知的外 — and 004 第十三条 puts the whole
    // simplified procedure on AV, where the oral notice is.
    if (simplified && profile.seed === '004') return [];
    const notified = simplified
      ? records.some(
          (record) =>
            record.type === 'rights_notice' || record.type === 'simplified_procedure_record',
        )
      : decision === undefined
        ? records.some((record) => record.type === 'rights_notice')
        : hasRecordBefore(records, 'rights_notice', decision.at);
    if (notified) return [];
    const citations = [
      ...citationsUnder(profile, NOTICE),
      ...(simplified ? citationsUnder(profile, SIMPLIFIED_RECORD) : []),
      PENALTY_LAW.rightsNotice,
    ];
    const where = simplified ? '简易程序记录或权利告知书' : '权利告知书';
    const todo = simplified
      ? '请在简易程序记录中记录告知情况和当事人的陈述、申辩'
      : '请制作并送达权利告知书，记录告知方式和内容';
    const base = { ruleId: ID, stage: 'investigation' } as const;
    if (decision === undefined || simplified) {
      return [
        {
          ...base,
          severity: 'missing',
          citations,
          message: `作出行政处罚决定前，应告知当事人拟作出的处罚内容及事实、理由、依据，以及陈述、申辩、申请回避、要求听证等权利，尚无${where}。${todo}。`,
        },
      ];
    }
    return [
      {
        ...base,
        severity: 'violation',
        citations: [...citations, PENALTY_LAW.noDecisionWithoutNotice],
        message: `行政处罚决定已于 ${formatShanghai(decision.at)} 作出，但此前没有告知当事人陈述、申辩等权利的${where}。未经告知不得作出处罚决定，请核查并报告负责人依法纠正。`,
      },
    ];
  },
};

function otherDecisionNotice(
  events: RuleContext['events'],
  records: RuleContext['records'],
  profile: RuleContext['profile'],
  stage: RuleContext['enforcementCase']['stage'],
): Finding[] {
  const citations = citationsUnder(profile, ANY_DECISION);
  const decision = firstEvent(events, 'decision_made');
  if (citations.length === 0) return [];
  if (decision === undefined && !hasVisited(stage, events, 'decision')) return [];
  const noticeBefore = (type: 'rights_notice' | 'on_site_inspection_transcript') =>
    decision === undefined
      ? records.some((record) => record.type === type)
      : hasRecordBefore(records, type, decision.at);
  if (noticeBefore('rights_notice') || noticeBefore('on_site_inspection_transcript')) return [];
  const duty =
    '作出行政执法决定前，应告知当事人、利害关系人拟作出决定的事实、理由和依据及陈述、申辩、申请回避、听证等权利和救济途径，并制作告知书或现场笔录';
  return [
    decision === undefined
      ? {
          ruleId: ID,
          stage: 'investigation',
          severity: 'missing',
          citations,
          message: `${duty}，尚无权利告知书或现场检查笔录。请制作并送达权利告知书。`,
        }
      : {
          ruleId: ID,
          stage: 'investigation',
          severity: 'violation',
          citations,
          message: `行政执法决定已于 ${formatShanghai(decision.at)} 作出，但此前没有告知书或现场笔录。${duty}；请核查并报告负责人依法纠正。`,
        },
  ];
}
