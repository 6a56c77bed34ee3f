import { describe, expect, it } from 'vitest';
import { citationArticle, citationLabel } from './citation.ts';

describe('citation tags', () => {
  it('name the regulation by its short title instead of a seed number', () => {
    expect(citationLabel({ seed: '003', article: '第二十九条', text: '规定003 第二十九条' })).toBe(
      '《德宏州记录办法》第二十九条',
    );
    expect(citationLabel({ seed: '000', article: '第十九条' })).toBe('《柳林镇记录制度》第十九条');
    expect(
      citationLabel({ seed: '004', document: '行政执法全过程记录制度', article: '第十条' }),
    ).toBe('《常山县执法局记录制度》第十条');
  });

  it('leave national law as the server words it', () => {
    expect(
      citationLabel({ law: '行政处罚法', article: '第六十条', text: '《行政处罚法》第六十条' }),
    ).toBe('《行政处罚法》第六十条');
  });

  it('find the article in the regulation library, and nothing for national law', () => {
    expect(citationArticle({ seed: '003', article: '第二十九条' })).toEqual({
      regulationId: '003',
      article: '第二十九条',
    });
    expect(
      citationArticle({ seed: '004', document: '行政执法公示制度', article: '第二十二条' }),
    ).toEqual({ regulationId: '004-publication', article: '第二十二条' });
    expect(citationArticle({ law: '行政处罚法', article: '第六十条' })).toBeUndefined();
    expect(citationArticle({ seed: '004', article: '第一条' })).toBeUndefined();
  });
});
