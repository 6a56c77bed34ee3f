import type { SeedId } from '../../citation/citation.ts';
import type { ProfileCitation } from '../../profiles/profile-schema.ts';
import { SEED_004_RECORDING } from '../../profiles/seed-004.ts';
import type { AvSituation } from '../../records/av-situation.ts';

export interface CoverageDuty {
  readonly citation: ProfileCitation;
  /** The acts the duty covers; absent: every act recorded on AV. */
  readonly onlySituations?: readonly AvSituation[];
}

/**
 * Which regulations require an act recorded on AV to be recorded without a break from its
 * start to its end, keyed by the profile's seed like the interruption duties (a copied
 * profile keeps its seed):
 * - 000 第十四条: 现场执法进行音像记录时…自到达现场开展执法活动时开始…全程不间断记录;
 * - 002 第五条(七): 自到达执法现场开展执法活动时开始，至执法活动结束，不间断记录;
 * - 003 第二十一条: the same, for 直接涉及人身自由、生命健康、重大财产权益的现场执法行动和
 *   执法办案场所 only;
 * - 004《全过程记录制度》第十七条: 不间断记录，自实施执法行为开始至执法行为结束.
 * 001 asks for the cause of a break to be explained (第八条) but not for a whole-act
 * recording, so it has no coverage duty.
 */
export const COVERAGE_DUTIES: Readonly<Partial<Record<SeedId, CoverageDuty>>> = {
  '000': { citation: { seed: '000', article: '第十四条' } },
  '002': { citation: { seed: '002', article: '第五条' } },
  '003': {
    citation: { seed: '003', article: '第二十一条' },
    onlySituations: ['onsite_rights_critical', 'case_handling_room'],
  },
  '004': { citation: { seed: '004', article: '第十七条', document: SEED_004_RECORDING } },
};
