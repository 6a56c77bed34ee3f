import { formatShanghai } from '../enforcement/instant.ts';
import { citeIn } from '../profiles/cite.ts';
import { effectiveValue } from '../profiles/effective-policy.ts';
import { SEED_004_RECORDING } from '../profiles/seed-004.ts';
import type { CaseRecord } from '../records/case-record.ts';
import type { Finding, RuleCitation } from './finding.ts';
import { hasRecordBefore, recordsOfType } from './procedure/case-facts.ts';
import { COERCION_LAW } from './procedure/law.ts';
import { citationsUnder, everyCitationIn, type SeedCitations } from './procedure/seed-citations.ts';
import type { Rule } from './rule.ts';

const ID = 'execution-without-demand-notice';

/**
 * 经催告… 仍不履行的 (002 第七条(四), 003 第二十八条): execution and a court application both
 * need a demand notice first. For execution the profile and 行政强制法 第三十五条 speak
 * (../profiles/effective-policy.ts); for a court application 行政强制法 第五十四条, and 003
 * 第二十八条 which speaks of applying "在依法催告后".
 */
const COURT_AFTER_DEMAND: SeedCitations = {
  '003': [citeIn('003')('第二十八条')],
};

export const executionWithoutDemandNotice: Rule = {
  id: ID,
  title: '未经催告实施强制执行或申请人民法院强制执行',
  citations: [
    { seed: '002', article: '第七条' },
    { seed: '003', article: '第二十七条' },
    { seed: '004', document: SEED_004_RECORDING, article: '第十一条' },
    ...everyCitationIn(COURT_AFTER_DEMAND),
    { law: '行政强制法', article: '第三十五条' },
    COERCION_LAW.demandBeforeCourtApplication,
  ],
  check: ({ records, profile }) => {
    const unwarned = (type: CaseRecord['type']) =>
      recordsOfType(records, type).filter(
        (record) => !hasRecordBefore(records, 'demand_notice', record.createdAt),
      );
    const finding = (
      record: CaseRecord,
      citations: readonly RuleCitation[],
      act: string,
    ): Finding => ({
      ruleId: ID,
      severity: 'violation',
      citations,
      message: `${formatShanghai(record.createdAt)} 的${act}之前没有催告书。${act}前应当书面催告当事人履行义务；请核查：确已催告的，将催告书归入案卷；未经催告的，报告负责人依法纠正。`,
      stage: 'service_and_execution',
      subjectId: record.id,
    });
    const executionCitations = effectiveValue(profile, 'demandNoticeBeforeExecution').citations;
    const courtCitations = [
      ...citationsUnder(profile, COURT_AFTER_DEMAND),
      COERCION_LAW.demandBeforeCourtApplication,
    ];
    return [
      ...unwarned('compulsory_execution_record').map((record) =>
        finding(record, executionCitations, '强制执行'),
      ),
      ...unwarned('court_enforcement_application').map((record) =>
        finding(record, courtCitations, '申请人民法院强制执行'),
      ),
    ];
  },
};
