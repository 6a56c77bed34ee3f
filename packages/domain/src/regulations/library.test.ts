import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEED_004_PUBLICATION, SEED_004_RECORDING } from '../profiles/seed-004.ts';
import { collectSeedCitations } from '../traceability/seed-citations.ts';
import {
  articlesOf,
  findRegulationArticle,
  regulationArticles,
  regulationById,
} from './library.ts';
import {
  formatRegulationCitation,
  REGULATION_SOURCES,
  regulationOf,
  SEED_TEXT_SHA256,
} from './library-sources.ts';
import { SEED_TEXTS } from './texts/index.ts';

describe('the regulation library', () => {
  it('holds each text exactly as received (SHA-256 of its UTF-8 bytes)', () => {
    for (const [seed, text] of Object.entries(SEED_TEXTS)) {
      const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
      expect(sha256, seed).toBe(SEED_TEXT_SHA256[seed as keyof typeof SEED_TEXTS]);
    }
  });

  it('has six regulations: one per seed, two in 004, every article in exactly one', () => {
    expect(REGULATION_SOURCES.map((r) => r.id)).toEqual([
      '000',
      '001',
      '002',
      '003',
      '004-publication',
      '004-recording',
    ]);
    const counted = REGULATION_SOURCES.reduce((n, r) => n + articlesOf(r).length, 0);
    expect(counted).toBe(regulationArticles().length);
    for (const regulation of REGULATION_SOURCES) {
      expect(articlesOf(regulation).length, regulation.id).toBeGreaterThan(0);
    }
  });

  it('answers “what does 003 第二十九条 say”, by heading or by number', () => {
    const dehong = regulationById('003')!;
    const article = findRegulationArticle(dehong, '第二十九条');
    expect(article?.article).toBe('第二十九条');
    expect(article?.paragraphs.length).toBeGreaterThan(0);
    expect(findRegulationArticle(dehong, '29')).toBe(article);
    expect(findRegulationArticle(regulationById('000')!, '第十九条')?.text).toContain(
      '采集管理资料的部门负责人批准',
    );
  });

  it('knows what is not there: beyond the last article, the gap in 004 公示制度, nonsense', () => {
    expect(findRegulationArticle(regulationById('003')!, '第四十三条')).toBeUndefined();
    expect(findRegulationArticle(regulationById('004-publication')!, '15')).toBeUndefined();
    expect(findRegulationArticle(regulationById('004-publication')!, '22')?.article).toBe(
      '第二十二条',
    );
    expect(findRegulationArticle(regulationById('000')!, '第1章')).toBeUndefined();
    expect(findRegulationArticle(regulationById('000')!, '0')).toBeUndefined();
    expect(regulationById('005')).toBeUndefined();
  });

  it('finds the regulation of every citation in the code, and its article', () => {
    const missing = collectSeedCitations()
      .filter(({ citation }) => {
        const regulation = regulationOf(citation);
        return (
          regulation === undefined ||
          findRegulationArticle(regulation, citation.article) === undefined
        );
      })
      .map(({ source, citation }) => `${source}: ${citation.seed} ${citation.article}`);
    expect(missing).toEqual([]);
  });

  it('labels a citation with the regulation’s short title instead of a number', () => {
    expect(formatRegulationCitation({ seed: '003', article: '第二十九条' })).toBe(
      '《德宏州记录办法》第二十九条',
    );
    expect(
      formatRegulationCitation({ seed: '004', document: SEED_004_RECORDING, article: '第十条' }),
    ).toBe('《常山县执法局记录制度》第十条');
    expect(
      formatRegulationCitation({ seed: '004', document: SEED_004_PUBLICATION, article: '第一条' }),
    ).toBe('《常山县执法局公示制度》第一条');
    // 004 without its document names no regulation: shown as it was, never guessed.
    expect(formatRegulationCitation({ seed: '004', article: '第一条' })).toBe('规定004 第一条');
  });
});
