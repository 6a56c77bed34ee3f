import { describe, expect, it } from 'vitest';
import { copyProfile, validateProfile } from './copy-profile.ts';
import { seed001Profile } from './seed-001.ts';
import { seed003Profile } from './seed-003.ts';

describe('copyProfile', () => {
  it('returns a validated deep copy under a new id and name, keeping the seed', () => {
    const copy = copyProfile(seed003Profile, 'mangshi-city', '芒市行政执法全过程记录规定');
    expect(copy).toMatchObject({
      id: 'mangshi-city',
      name: '芒市行政执法全过程记录规定',
      seed: '003',
    });
    expect(copy.approvalChain).toEqual(seed003Profile.approvalChain);
    expect(copy.approvalChain).not.toBe(seed003Profile.approvalChain);
    copy.approvalChain?.launch?.[0]?.roles.push('agency_head');
    copy.approvalChain?.launch?.pop();
    expect(seed003Profile.approvalChain?.launch?.map((step) => step.key)).toEqual([
      'review',
      'legal_review',
      'approval',
    ]);
    expect(seed003Profile.approvalChain?.launch?.[0]?.roles).toEqual(['department_head']);
  });

  it('lets an agency edit a number and re-validates the result', () => {
    const copy = copyProfile(seed001Profile, 'my-bureau', '本局规定');
    const edited = {
      ...copy,
      archivingDeadline: {
        value: { amount: 15, unit: 'calendar_days' },
        from: 'act_concluded',
        citation: { seed: '001', article: '第十条' },
      },
    };
    const ok = validateProfile(edited);
    expect(ok.success).toBe(true);
    expect(ok.data?.archivingDeadline?.value).toEqual({ amount: 15, unit: 'calendar_days' });
    expect(seed001Profile.archivingDeadline?.value.amount).toBe(20);

    const broken = {
      ...edited,
      archivingDeadline: {
        ...edited.archivingDeadline,
        value: { amount: -1, unit: 'calendar_days' },
      },
    };
    expect(validateProfile(broken).success).toBe(false);
  });

  it('refuses an id that is not a slug', () => {
    expect(() => copyProfile(seed001Profile, 'My Bureau', '本局规定')).toThrow();
  });
});
