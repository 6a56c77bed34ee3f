import { describe, expect, it } from 'vitest';
import { SEED_004_PUBLICATION, SEED_004_RECORDING } from '../profiles/seed-004.ts';
import { regulationArticles } from '../regulations/library.ts';
import { articleNumber } from './article-number.ts';
import {
  citationExists,
  findArticle,
  parseSeedArticles,
  SeedParseError,
  type SeedArticle,
} from './seed-articles.ts';

const articles = regulationArticles();

const inDocument = (seed: string, document?: string) =>
  articles.filter((a) => a.seed === seed && a.document === document);
const text = (seed: string, article: string, document?: string) =>
  inDocument(seed, document).find((a) => a.article === article)?.text;

describe('articleNumber', () => {
  it.each([
    ['第一条', 1],
    ['第十条', 10],
    ['第十二条', 12],
    ['第二十条', 20],
    ['第二十二条', 22],
    ['第四十二条', 42],
    ['第一百条', 100],
    ['第一百零二条', 102],
  ])('%s = %i', (heading, n) => expect(articleNumber(heading)).toBe(n));

  it('refuses what is not an article heading', () => {
    expect(() => articleNumber('第1章')).toThrow(RangeError);
    expect(() => articleNumber('第二章')).toThrow(RangeError);
  });
});

describe('the five seeds, parsed', () => {
  it('finds the number of articles each regulation has', () => {
    expect(inDocument('000')).toHaveLength(22);
    expect(inDocument('001')).toHaveLength(15);
    expect(inDocument('002')).toHaveLength(12);
    expect(inDocument('003')).toHaveLength(42);
    expect(inDocument('004', SEED_004_PUBLICATION)).toHaveLength(13);
    expect(inDocument('004', SEED_004_RECORDING)).toHaveLength(24);
    expect(articles).toHaveLength(22 + 15 + 12 + 42 + 13 + 24);
  });

  it('numbers every regulation from 第一条 without gaps, except 004 公示制度 as issued', () => {
    const numbers = (seed: string, document?: string) =>
      inDocument(seed, document).map((a) => articleNumber(a.article));
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(numbers('000')).toEqual(upTo(22));
    expect(numbers('001')).toEqual(upTo(15));
    expect(numbers('002')).toEqual(upTo(12));
    expect(numbers('003')).toEqual(upTo(42));
    expect(numbers('004', SEED_004_RECORDING)).toEqual(upTo(24));
    expect(numbers('004', SEED_004_PUBLICATION)).toEqual([...upTo(12), 22]);
  });

  it('names 004 regulations with the strings the profile cites, and no other seed', () => {
    expect([...new Set(articles.filter((a) => a.seed === '004').map((a) => a.document))]).toEqual([
      SEED_004_PUBLICATION,
      SEED_004_RECORDING,
    ]);
    expect(articles.filter((a) => a.seed !== '004').every((a) => a.document === undefined)).toBe(
      true,
    );
  });

  it('starts an article after "。" in mid-line (003 第十五条, 第三十七条)', () => {
    expect(text('003', '第十四条')).toMatch(/依法制作其他文书。$/);
    expect(text('003', '第十五条')).toMatch(/^行政执法人员在执法过程中/);
    expect(text('003', '第三十六条')).toMatch(/造成严重后果的。$/);
    expect(text('003', '第三十七条')).toMatch(/^违反本办法第三十四条规定泄露/);
  });

  it('takes a cross-reference for text, not for a heading', () => {
    expect(inDocument('003').filter((a) => a.article === '第三十四条')).toHaveLength(1);
    expect(text('003', '第三十四条')).toMatch(/^涉及国家秘密、商业秘密和个人隐私/);
  });

  it('reads a heading with no space after it (004 第十二条发现…, 003 第三十九条行政…)', () => {
    expect(text('004', '第十二条', SEED_004_PUBLICATION)).toMatch(/^发现公开的行政执法信息不准确/);
    expect(text('004', '第二十二条', SEED_004_PUBLICATION)).toBe('本制度自印发之日起施行。');
    expect(text('003', '第三十九条')).toMatch(/^行政执法机关办理行政执法事项/);
  });

  it('leaves out chapter headings, the next regulation’s title and appended tables', () => {
    expect(text('003', '第八条')).toMatch(/健全社会信用体系等工作中的作用。$/);
    expect(text('003', '第十一条')).not.toContain('调查与取证的记录');
    expect(text('003', '第三十八条')).not.toContain('附则');
    expect(text('004', '第二十四条', SEED_004_RECORDING)).toMatch(/性能良好。$/);
    expect(text('000', '第二十二条')).not.toContain('此页无正文');
  });

  it('keeps an article’s paragraphs for reading, without the spaces of the layout', () => {
    const raw =
      '第一条 本办法自 2019 年 10 月25 日起施行，\n　　和 其他组织 依照 Article 9 办理。\n\n第二条 乙。';
    expect(parseSeedArticles('003', raw)[0]?.paragraphs).toEqual([
      '本办法自2019年10月25日起施行，',
      '和其他组织依照Article 9办理。',
    ]);
    expect(text('003', '第二十五条')).toBe(
      articles.find((a) => a.seed === '003' && a.article === '第二十五条')?.paragraphs.join(''),
    );
  });

  it('keeps an article’s later paragraphs and squeezes out line breaks inside phrases', () => {
    expect(text('000', '第十六条')).toContain('将书面说明存档');
    expect(text('003', '第三十二条')).toContain('不得少于2年');
    expect(text('001', '第一条')).not.toContain('bookmark');
  });
});

describe('parseSeedArticles on made-up texts', () => {
  it('refuses headings that do not rise, e.g. a cross-reference read as a heading', () => {
    expect(() => parseSeedArticles('000', '第一条 甲。\n第三条 乙。\n第二条 丙。')).toThrow(
      SeedParseError,
    );
  });

  it('refuses a second regulation in a seed that holds one', () => {
    expect(() => parseSeedArticles('001', '第一条 甲。\n第二条 乙。\n第一条 丙。')).toThrow(
      /预期1个/,
    );
  });

  it('refuses a regulation whose title is not printed before its 第一条', () => {
    const raw = `${SEED_004_PUBLICATION}\n第一条 甲。\n某某制度\n第一条 乙。`;
    expect(() => parseSeedArticles('004', raw)).toThrow(/行政执法全过程记录制度/);
  });

  it('splits a seed that holds two regulations by their titles', () => {
    const raw = `${SEED_004_PUBLICATION}\n第一条 甲。\n\n${SEED_004_RECORDING}\n第一条 乙。\n第二条 丙。`;
    expect(parseSeedArticles('004', raw)).toEqual([
      {
        seed: '004',
        document: SEED_004_PUBLICATION,
        article: '第一条',
        text: '甲。',
        paragraphs: ['甲。'],
      },
      {
        seed: '004',
        document: SEED_004_RECORDING,
        article: '第一条',
        text: '乙。',
        paragraphs: ['乙。'],
      },
      {
        seed: '004',
        document: SEED_004_RECORDING,
        article: '第二条',
        text: '丙。',
        paragraphs: ['丙。'],
      },
    ]);
  });
});

describe('citationExists', () => {
  it('finds an article of a one-regulation seed by seed and heading', () => {
    expect(citationExists({ seed: '003', article: '第四十二条' }, articles)).toBe(true);
    expect(citationExists({ seed: '003', article: '第四十三条' }, articles)).toBe(false);
    expect(citationExists({ seed: '001', article: '第十六条' }, articles)).toBe(false);
  });

  it('needs the regulation in 004, and knows the gap in its 公示制度', () => {
    expect(citationExists({ seed: '004', article: '第十八条' }, articles)).toBe(false);
    expect(
      citationExists({ seed: '004', article: '第十八条', document: SEED_004_RECORDING }, articles),
    ).toBe(true);
    expect(
      citationExists(
        { seed: '004', article: '第十八条', document: SEED_004_PUBLICATION },
        articles,
      ),
    ).toBe(false);
    expect(
      citationExists(
        { seed: '004', article: '第二十二条', document: SEED_004_PUBLICATION },
        articles,
      ),
    ).toBe(true);
  });

  it('refuses a regulation name on a seed that has none', () => {
    expect(
      citationExists({ seed: '000', article: '第一条', document: SEED_004_RECORDING }, articles),
    ).toBe(false);
  });

  it('returns the article itself through findArticle', () => {
    const found: SeedArticle | undefined = findArticle(
      { seed: '000', article: '第十九条' },
      articles,
    );
    expect(found?.text).toContain('采集管理资料的部门负责人批准');
  });
});
