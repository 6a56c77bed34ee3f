import type { SeedId } from '../../citation/citation.ts';
import type { ProfileCitation } from '../../profiles/profile-schema.ts';
import { SEED_004_RECORDING } from '../../profiles/seed-004.ts';

export interface InterruptionDuty {
  readonly citation: ProfileCitation;
  /** Whether an interruption that cannot be resumed must be reported to the head at once. */
  readonly reportToHead: boolean;
}

/**
 * What each regulation asks after an interruption. Profiles hold numbers and lists, and
 * these duties have neither, so they are keyed by the profile's seed (a copied profile
 * keeps its seed). All five require the cause to be explained when recording resumes and
 * an account afterwards when it cannot be; only 000, 001 and 003 add "应当立即向…负责人
 * 报告". 002 第五条(八) asks for "事后书面说明情况" alone, and 004 第十七条 for "其他补救措施"
 * and "事后说明原因"; the account afterwards is the written explanation in both.
 */
export const INTERRUPTION_DUTIES: Readonly<Record<SeedId, InterruptionDuty>> = {
  '000': { citation: { seed: '000', article: '第十四条' }, reportToHead: true },
  '001': { citation: { seed: '001', article: '第八条' }, reportToHead: true },
  '002': { citation: { seed: '002', article: '第五条' }, reportToHead: false },
  '003': { citation: { seed: '003', article: '第二十一条' }, reportToHead: true },
  '004': {
    citation: { seed: '004', article: '第十七条', document: SEED_004_RECORDING },
    reportToHead: false,
  },
};
