import { describe, expect, it } from 'vitest';
import { SEED_TEXTS } from '../regulations/texts/index.ts';
import { policyProfileSchema, type ProfileCitation } from '../profiles/profile-schema.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import { SEED_RETENTION_PROVISIONS } from './seed-provisions.ts';

describe('permanent retention categories of the built-in profiles', () => {
  it('code every item, in the order the regulations list them', () => {
    const codes = (p: typeof seed002Profile) =>
      p.permanentRetentionCategories?.map((item) => item.category);
    const penaltyScope = [
      'penalty_evidence',
      'obstruction',
      'major_incident',
      'major_complex_case',
    ];
    expect(codes(seed002Profile)).toEqual(penaltyScope);
    expect(codes(seed003Profile)).toEqual(penaltyScope);
    expect(codes(seed004Profile)).toEqual([
      'case_evidence',
      'obstruction',
      'major_incident',
      'petition_or_litigation',
      'other_permanent',
    ]);
  });

  it('refuses an unknown category code', () => {
    const [first, ...rest] = seed004Profile.permanentRetentionCategories ?? [];
    const edited = {
      ...seed004Profile,
      permanentRetentionCategories: [{ ...first, category: 'forever' }, ...rest],
    };
    expect(policyProfileSchema.safeParse(edited).success).toBe(false);
  });
});

const HEADING = /第[零一二三四五六七八九十百]+条/g;

/** The article heading nearest before `phrase` (within the named regulation of 004). */
function articleContaining(citation: ProfileCitation, phrase: string): string | undefined {
  const raw = SEED_TEXTS[citation.seed];
  const text = raw.replace(/[\s\u3000]+/g, '');
  const from = citation.document === undefined ? 0 : text.indexOf(`${citation.document}第一条`);
  if (from < 0) throw new Error(`no regulation titled ${citation.document ?? ''}`);
  const at = text.indexOf(phrase, from);
  if (at < 0) return undefined;
  const headings = [...text.slice(0, at).matchAll(HEADING)].filter(
    (m) => !/本办法|本制度|本规定/.test(text.slice(Math.max(0, m.index - 3), m.index)),
  );
  return headings.at(-1)?.[0];
}

describe('retention provisions quote the articles they cite', () => {
  it.each([
    ['000', SEED_RETENTION_PROVISIONS['000'].caseFile, '确定归档、保存方式及期限'],
    ['000', SEED_RETENTION_PROVISIONS['000'].avLeftToAgency, '确定归档、保存方式及期限'],
    ['001', SEED_RETENTION_PROVISIONS['001'].caseFile, '案卷的保存期限与案卷归档保管期限相一致'],
    ['001', SEED_RETENTION_PROVISIONS['001'].avLeftToAgency, '日常监督检查形成的书面记录、音像'],
    ['002', SEED_RETENTION_PROVISIONS['002'].caseFile, '档案法》及有关规定进行保管'],
    ['003', SEED_RETENTION_PROVISIONS['003'].caseFile, '归档，并按照有关规定进行保管'],
    ['004', SEED_RETENTION_PROVISIONS['004'].caseFile, '立卷、归档和保管'],
  ] as const)('%s: %o', (_seed, citation, phrase) => {
    expect(citation).toBeDefined();
    expect(articleContaining(citation!, phrase)).toBe(citation!.article);
  });

  it('cites 003 第三十三条 and 001 第十条、第十一条 for AV following the case file', () => {
    const in003 = SEED_RETENTION_PROVISIONS['003'].avFollowsCaseFile;
    expect(in003?.scope).toBe('evidence');
    expect(articleContaining(in003!.citations[0]!, '保存期限与卷宗保存期限相同')).toBe(
      '第三十三条',
    );
    const in001 = SEED_RETENTION_PROVISIONS['001'].avFollowsCaseFile;
    expect(in001?.scope).toBe('filed');
    expect(in001?.citations.map((c) => c.article)).toEqual(['第十条', '第十一条']);
    expect(articleContaining(in001!.citations[0]!, '光盘等载体形式归入案卷')).toBe('第十条');
  });

  it('gives the other seeds no such rule', () => {
    expect(SEED_RETENTION_PROVISIONS['000'].avFollowsCaseFile).toBeUndefined();
    expect(SEED_RETENTION_PROVISIONS['002'].avFollowsCaseFile).toBeUndefined();
    expect(SEED_RETENTION_PROVISIONS['004'].avFollowsCaseFile).toBeUndefined();
  });
});
