import type { SeedId } from '../../citation/citation.ts';
import type { ProfileCitation } from '../../profiles/profile-schema.ts';
import { SEED_004_RECORDING } from '../../profiles/seed-004.ts';

/**
 * Which regulations ask the officer to announce the recording when it starts, keyed by
 * the profile's seed (a copied profile keeps its seed):
 * - 001 第八条: 对执法活动的时间、地点、执法人员、执法行为以及告知当事人…正在进行音像记录等
 *   情况进行语音说明;
 * - 002 第五条(七): 音像记录开始后…先语音说明时间、地点、执法人员…告知当事人及现场其他人员
 *   正在进行音像记录;
 * - 003 第十七条: 应当告知当事人及其他现场有关人员正在进行音像记录;
 * - 004《全过程记录制度》第十六条: 应当事先告知对方使用执法记录设备记录.
 * 000 lists what to film (第十五条) but asks for no announcement.
 */
export const ANNOUNCEMENT_DUTIES: Readonly<Partial<Record<SeedId, ProfileCitation>>> = {
  '001': { seed: '001', article: '第八条' },
  '002': { seed: '002', article: '第五条' },
  '003': { seed: '003', article: '第十七条' },
  '004': { seed: '004', article: '第十六条', document: SEED_004_RECORDING },
};
