import { hasVisited } from '../enforcement/case-path.ts';
import { citeIn } from '../profiles/cite.ts';
import { SEED_004_RECORDING } from '../profiles/seed-004.ts';
import { EVIDENCE_RECORD_TYPES, recordTypeSpec } from '../records/catalogue/index.ts';
import { PENALTY_LAW } from './procedure/law.ts';
import { citationsUnder, everyCitationIn, type SeedCitations } from './procedure/seed-citations.ts';
import type { Rule } from './rule.ts';

const ID = 'investigation-unrecorded';

/**
 * Where each seed says how the investigation is put on record: 000 第七条 (调查取证环节应当
 * 记录下列事项), 001 第五条(二), 002 第五条(二), 003 第十四条, 004 第六条.
 */
const RECORDING: SeedCitations = {
  '000': [citeIn('000')('第七条')],
  '001': [citeIn('001')('第五条')],
  '002': [citeIn('002')('第五条')],
  '003': [citeIn('003')('第十四条')],
  '004': [citeIn('004', SEED_004_RECORDING)('第六条')],
};

const EXAMPLES = EVIDENCE_RECORD_TYPES.slice(0, 4)
  .map((type) => `《${recordTypeSpec(type).label}》`)
  .join('、');

/**
 * A penalty under the ordinary procedure is decided on an investigation: 行政处罚法 第五十四条
 * (必须全面、客观、公正地调查，收集有关证据), which exempts only the on-the-spot penalties of
 * the simplified procedure. So a filed case ends its investigation — for a decision, or
 * with none because the facts did not hold — only once at least one record of evidence
 * gathered (EVIDENCE_RECORD_TYPES) is on file. The seeds say how the investigation is
 * recorded; the agency's own article is cited beside the law. Other acts are left alone:
 * neither the seeds nor a national statute the product models make an investigation
 * record a condition of their decisions.
 */
export const investigationUnrecorded: Rule = {
  id: ID,
  title: '未经调查取证即作出行政处罚决定',
  citations: [...everyCitationIn(RECORDING), PENALTY_LAW.investigation],
  check: ({ enforcementCase, records, events, profile }) => {
    const { actType, procedure, stage } = enforcementCase;
    if (actType !== 'penalty' || procedure !== 'ordinary') return [];
    if (!hasVisited(stage, events, 'investigation')) return [];
    if (records.some((record) => EVIDENCE_RECORD_TYPES.includes(record.type))) return [];
    return [
      {
        ruleId: ID,
        severity: 'missing',
        stage: 'investigation',
        citations: [...citationsUnder(profile, RECORDING), PENALTY_LAW.investigation],
        message: `一般程序的行政处罚应当全面、客观、公正地调查，收集有关证据，本案尚无调查取证的记录。调查终结前请制作${EXAMPLES}等调查取证文书。`,
      },
    ];
  },
};
