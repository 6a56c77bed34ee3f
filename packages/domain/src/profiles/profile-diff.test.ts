import { describe, expect, it } from 'vitest';
import { copyProfile } from './copy-profile.ts';
import { changedProfileKeys, stableProfileJson } from './profile-diff.ts';
import { seed000Profile } from './seed-000.ts';

describe('changedProfileKeys', () => {
  it('names the keys an edit changed, added or removed, and nothing else', () => {
    const copy = copyProfile(seed000Profile, 'agency-x', '某机关制度');
    expect(changedProfileKeys(seed000Profile, copy)).toEqual(['id', 'name']);
    const edited = {
      ...copy,
      mandatoryAvActs: [...copy.mandatoryAvActs!].slice(1),
      archivingDeadline: {
        value: { amount: 30, unit: 'calendar_days' as const },
        from: 'decision_made' as const,
        citation: { seed: '000' as const, article: '第十八条' },
      },
    };
    delete (edited as { serviceMethods?: unknown }).serviceMethods;
    expect(changedProfileKeys(copy, edited)).toEqual([
      'mandatoryAvActs',
      'archivingDeadline',
      'serviceMethods',
    ]);
  });
});

describe('stableProfileJson', () => {
  it('does not depend on the order of object members, only on content', () => {
    const a = { value: '询问', citation: { seed: '000', article: '第十二条' } };
    const b = { citation: { article: '第十二条', seed: '000' }, value: '询问' };
    expect(stableProfileJson(a)).toBe(stableProfileJson(b));
    expect(stableProfileJson([a])).not.toBe(stableProfileJson([{ ...a, value: '检查' }]));
  });
});
