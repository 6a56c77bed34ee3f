import type { SeedId } from '../citation/citation.ts';
import type { ProfileCitation } from '../profiles/profile-schema.ts';
import { SEED_004_RECORDING } from '../profiles/seed-004.ts';

/**
 * What each regulation says about retention beyond the two profile keys
 * (`avRetentionMinimum`, `permanentRetentionCategories`). These are rules without a
 * number, so they are keyed by the profile's `seed`, which a copied profile keeps; if an
 * agency ever needs to edit them, they belong in the profile schema as cited flags.
 */
export interface SeedRetentionProvisions {
  /** The article that puts a case file under archive law, i.e. its archive record's 保管期限. */
  readonly caseFile: ProfileCitation;
  /**
   * AV kept as long as the case file it belongs to: `evidence` only when used as evidence
   * (003 第三十三条), `filed` for every recording that goes into a case file (001 第十条,
   * 第十一条).
   */
  readonly avFollowsCaseFile?: {
    readonly scope: 'evidence' | 'filed';
    readonly citations: readonly ProfileCitation[];
  };
  /** The article that leaves the AV retention to the agency when no number applies. */
  readonly avLeftToAgency?: ProfileCitation;
}

const recording = (article: string): ProfileCitation => ({
  seed: '004',
  article,
  document: SEED_004_RECORDING,
});

export const SEED_RETENTION_PROVISIONS: Readonly<Record<SeedId, SeedRetentionProvisions>> = {
  // 第十八条: the township itself "确定归档、保存方式及期限" for all records.
  '000': {
    caseFile: { seed: '000', article: '第十八条' },
    avLeftToAgency: { seed: '000', article: '第十八条' },
  },
  // 第十条: every AV of an act goes into its case file, on disc or by a note of where it
  // is stored, and 第十一条 keeps the case file for its archive 保管期限; so the stored
  // original is kept as long as the case file that points to it. 日常监督检查 records
  // stay with the department (第十条 third paragraph) for a time no article fixes.
  '001': {
    caseFile: { seed: '001', article: '第十一条' },
    avFollowsCaseFile: {
      scope: 'filed',
      citations: [
        { seed: '001', article: '第十条' },
        { seed: '001', article: '第十一条' },
      ],
    },
    avLeftToAgency: { seed: '001', article: '第十条' },
  },
  // 第八条(五) also puts evidence AV on a disc in the case file, but unlike 003 it does
  // not tie the recording's own retention to the case file's; the disc copy is simply
  // part of the archived file.
  '002': { caseFile: { seed: '002', article: '第八条' } },
  // 第三十三条: evidence AV "保存期限与卷宗保存期限相同"; its "其他音像记录的保存期限，由行政
  // 执法机关确定" reads under 第三十二条's floor of 2 years, which therefore still binds.
  '003': {
    caseFile: { seed: '003', article: '第二十九条' },
    avFollowsCaseFile: { scope: 'evidence', citations: [{ seed: '003', article: '第三十三条' }] },
  },
  // 第二十二条: records used as evidence are filed and kept under the province's filing
  // rules; the recording itself is already permanent under 第二十条(一).
  '004': { caseFile: recording('第二十二条') },
};
