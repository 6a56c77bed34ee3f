import { nationalBaselineProfile, seed004Profile } from '@liuhen/domain';
import { describe, expect, it } from 'vitest';
import { citationOf, editOf, sourceKey, sourceOptions } from './profile-edit.ts';

describe('citations in the profile editor', () => {
  it('round-trips a seed citation with its document, and a law citation', () => {
    const seed = { seed: '004', article: '第十二条', document: '行政执法全过程记录制度' } as const;
    expect(citationOf(sourceKey(seed), '第十二条')).toEqual(seed);
    const law = { law: '国办发〔2018〕118号', article: '三、（二）' } as const;
    expect(citationOf(sourceKey(law), '三、（二）')).toEqual(law);
    expect(citationOf('seed:000:', '第十条')).toEqual({ seed: '000', article: '第十条' });
  });

  it("offers the profile's own regulations and national law, never another seed", () => {
    const own = sourceOptions(editOf(seed004Profile)).map((o) => o.value);
    expect(own.some((v) => v.startsWith('seed:004:'))).toBe(true);
    expect(own.some((v) => v.startsWith('seed:003'))).toBe(false);
    expect(own).toContain('law:国办发〔2018〕118号');
    const baseline = sourceOptions(editOf(nationalBaselineProfile)).map((o) => o.value);
    expect(baseline.every((v) => v.startsWith('law:'))).toBe(true);
  });

  it('leaves id and seed to the server', () => {
    expect(editOf(seed004Profile)).not.toHaveProperty('id');
    expect(editOf(seed004Profile)).not.toHaveProperty('seed');
  });
});
