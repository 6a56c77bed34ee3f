import { describe, expect, it } from 'vitest';
import type { ExternalReader } from './access-api.ts';
import { readerLabel, readerOptions } from './external-readers.ts';

const LI: ExternalReader = {
  id: 'u-li',
  displayName: '李四',
  agencyId: 'a-2',
  agencyName: '某市生态环境局',
};
const ZHAO: ExternalReader = { ...LI, id: 'u-zhao', displayName: '赵六' };

describe('the external reader picker', () => {
  it('names a reader with his authority', () => {
    expect(readerLabel(LI)).toBe('李四（某市生态环境局）');
  });

  it('keeps the chosen reader named when a later search does not find him', () => {
    const options = readerOptions(LI, [ZHAO]);
    expect(options.map((option) => option.value)).toEqual(['u-li', 'u-zhao']);
    expect(options[0]!.label).toBe('李四（某市生态环境局）');
    expect(options[1]!.reader).toBe(ZHAO);
  });

  it('lists a reader once when the search finds the chosen one again', () => {
    expect(readerOptions(LI, [ZHAO, LI]).map((option) => option.value)).toEqual(['u-li', 'u-zhao']);
    expect(readerOptions(null, [ZHAO]).map((option) => option.value)).toEqual(['u-zhao']);
  });
});
