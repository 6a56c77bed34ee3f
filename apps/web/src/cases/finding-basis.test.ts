import { describe, expect, it } from 'vitest';
import { findingBasisText } from './finding-basis.ts';

describe('findingBasisText', () => {
  it('names the regulations an advice finding comes from, as another regulation’s practice', () => {
    // The server's stable form (seed + article) and its display text; the label is the
    // regulation's short title, never 规定002.
    const citations = [
      { seed: '002', article: '第四条', text: '《长治市民宗局记录制度》第四条' },
      { seed: '003', article: '第十条', text: '《德宏州记录办法》第十条' },
    ];
    expect(findingBasisText({ severity: 'advice', citations })).toBe(
      '参考：其他规定的做法：《长治市民宗局记录制度》第四条、《德宏州记录办法》第十条',
    );
  });

  it('says 依据 for what binds the agency, national law included', () => {
    expect(
      findingBasisText({
        severity: 'missing',
        citations: [
          { seed: '000', article: '第六条' },
          { law: '行政处罚法', article: '第六十条', text: '《行政处罚法》第六十条' },
        ],
      }),
    ).toBe('依据：《柳林镇记录制度》第六条、《行政处罚法》第六十条');
    expect(findingBasisText({ severity: 'due', citations: [] })).toBe('');
  });
});
