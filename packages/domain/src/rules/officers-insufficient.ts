import type { ActType } from '../enforcement/vocabulary.ts';
import { citeIn } from '../profiles/cite.ts';
import { SEED_004_PUBLICATION } from '../profiles/seed-004.ts';
import type { LawCitation } from '../profiles/national-law.ts';
import { hasVisited } from '../enforcement/case-path.ts';
import type { Finding } from './finding.ts';
import { COERCION_LAW, PENALTY_LAW } from './procedure/law.ts';
import { citationsUnder, everyCitationIn, type SeedCitations } from './procedure/seed-citations.ts';
import type { Rule } from './rule.ts';

const ID = 'officers-insufficient';

/**
 * The minimum of two officers is national law's: 行政处罚法 第四十二条 for penalties, 行政强制法
 * 第十八条(二) for coercive measures. No seed sets a number; 002 第五条(一) and 003 第十二条
 * make the number part of the record, so they are cited beside the law. The simplified
 * procedure keeps the minimum: 第五十二条 lets "执法人员" decide on the spot but is no
 * "法律另有规定" to 第四十二条. Licensing, expropriation, levy and inspection have no
 * minimum in either layer, so they get no count finding.
 */
const MINIMUM_BY_ACT: Readonly<Partial<Record<ActType, LawCitation>>> = {
  penalty: PENALTY_LAW.officers,
  coercion: COERCION_LAW.measureProcedure,
};
const NUMBER_RECORDED: SeedCitations = {
  '002': [citeIn('002')('第五条')],
  '003': [citeIn('003')('第十二条')],
};

/** Every seed requires the certificate (its number, and that it was shown) on record. */
const CERTIFICATE: SeedCitations = {
  '000': [citeIn('000')('第七条')],
  '001': [citeIn('001')('第五条')],
  '002': [citeIn('002')('第五条')],
  '003': [citeIn('003')('第十二条')],
  '004': [citeIn('004', SEED_004_PUBLICATION)('第六条')],
};
const CERTIFICATE_BY_ACT: Readonly<Partial<Record<ActType, LawCitation>>> = {
  penalty: PENALTY_LAW.certificateShown,
  coercion: COERCION_LAW.measureProcedure,
};

const MINIMUM_OFFICERS = 2;

export const officersInsufficient: Rule = {
  id: ID,
  title: '执法人员不足两人或未记录执法证件编号',
  citations: [
    ...everyCitationIn(CERTIFICATE),
    PENALTY_LAW.officers,
    PENALTY_LAW.certificateShown,
    COERCION_LAW.measureProcedure,
  ],
  check: ({ enforcementCase, events, profile }) => {
    // Officers are assigned for the investigation; a complaint declined at launch has none,
    // even once its file is being archived: the path counts, not the stage number.
    if (!hasVisited(enforcementCase.stage, events, 'investigation')) return [];
    const { actType, officers } = enforcementCase;
    const base = { ruleId: ID, severity: 'missing', stage: 'investigation' } as const;
    const findings: Finding[] = [];
    const minimumLaw = MINIMUM_BY_ACT[actType];
    // The same officer entered twice is still one officer.
    const count = new Set(officers.map((officer) => officer.userId)).size;
    if (minimumLaw !== undefined && count < MINIMUM_OFFICERS) {
      findings.push({
        ...base,
        citations: [...citationsUnder(profile, NUMBER_RECORDED), minimumLaw],
        message: `本案登记的执法人员为 ${count} 人，执法人员不得少于两人（适用简易程序的亦同）。请增派持有执法证件的执法人员并登记。`,
      });
    }
    const certificateLaw = CERTIFICATE_BY_ACT[actType];
    const certificateCitations = [
      ...citationsUnder(profile, CERTIFICATE),
      ...(certificateLaw === undefined ? [] : [certificateLaw]),
    ];
    const reported = new Set<string>();
    for (const officer of officers) {
      if ((officer.certificateNumber ?? '').trim() !== '' || reported.has(officer.userId)) continue;
      reported.add(officer.userId);
      findings.push({
        ...base,
        citations: certificateCitations,
        message: `执法人员${officer.name}的执法证件编号未记录。请登记其执法证件编号，并记录出示证件的情况。`,
        subjectId: officer.userId,
      });
    }
    return findings;
  },
};
