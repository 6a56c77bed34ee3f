import { firstEvent } from '../enforcement/case-event.ts';
import { formatShanghai } from '../enforcement/instant.ts';
import { citeIn } from '../profiles/cite.ts';
import type { Finding } from './finding.ts';
import { citationsUnder, everyCitationIn, type SeedCitations } from './procedure/seed-citations.ts';
import type { Rule } from './rule.ts';

const ID = 'complaint-not-pursued-uninformed';

/**
 * 对实名投诉、举报，经审查不启动行政执法程序的，应告知投诉人、举报人，并将有关情况作书面
 * 记录 (002 第四条(三), 003 第十一条). 000 第六条 and 001 第五条(一) speak only of launches
 * on application and ex officio, and 004 第六条(一) only of recording the intake, so under
 * them a declined complaint owes nothing further.
 */
const INFORM_COMPLAINANT: SeedCitations = {
  '002': [citeIn('002')('第四条')],
  '003': [citeIn('003')('第十一条')],
};

export const complaintNotPursuedUninformed: Rule = {
  id: ID,
  title: '实名投诉举报不予立案未告知投诉人、举报人',
  citations: everyCitationIn(INFORM_COMPLAINANT),
  check: ({ enforcementCase, events, records, profile }) => {
    const citations = citationsUnder(profile, INFORM_COMPLAINANT);
    // An anonymous complainant (or one whose name was not recorded) cannot be told.
    if (enforcementCase.launchMode !== 'complaint' || enforcementCase.complainantRealName !== true)
      return [];
    const declined = firstEvent(events, 'complaint_declined');
    if (declined === undefined || citations.length === 0) return [];
    const base = { ruleId: ID, severity: 'missing', citations, stage: 'launch' } as const;
    const findings: Finding[] = [];
    if (firstEvent(events, 'complainant_informed') === undefined) {
      findings.push({
        ...base,
        message: `该实名投诉、举报已于 ${formatShanghai(declined.at)} 经审查决定不启动执法程序，但尚未告知投诉人、举报人。请依法告知不予查处的情况和理由，并登记告知时间。`,
      });
    }
    if (!records.some((record) => record.type === 'complaint_decline_notice')) {
      findings.push({
        ...base,
        message:
          '该实名投诉、举报经审查不启动执法程序，尚无告知投诉人、举报人的书面记录。请制作不予立案告知记录（告知时间、方式、内容）并归入案卷。',
      });
    }
    return findings;
  },
};
