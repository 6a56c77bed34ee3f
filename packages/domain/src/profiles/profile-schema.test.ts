import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from './builtin-profiles.ts';
import { policyProfileSchema } from './profile-schema.ts';
import { seed003Profile } from './seed-003.ts';
import { seed004Profile } from './seed-004.ts';

describe('policyProfileSchema', () => {
  it.each(BUILTIN_PROFILES.map((p) => [p.id, p] as const))('accepts the built-in %s', (_, p) => {
    expect(policyProfileSchema.parse(p)).toEqual(p);
  });

  it('has one built-in profile per seed, named seed-<seed>', () => {
    expect(BUILTIN_PROFILES.map((p) => [p.id, p.seed])).toEqual([
      ['seed-000', '000'],
      ['seed-001', '001'],
      ['seed-002', '002'],
      ['seed-003', '003'],
      ['seed-004', '004'],
    ]);
  });

  it('refuses unknown keys at any depth', () => {
    expect(policyProfileSchema.safeParse({ ...seed004Profile, avDeadline: 1 }).success).toBe(false);
    const nested = {
      ...seed004Profile,
      publication: { ...seed004Profile.publication, withdrawalDays: 5 },
    };
    expect(policyProfileSchema.safeParse(nested).success).toBe(false);
    const inCitation = {
      ...seed004Profile,
      avRetentionMinimum: {
        value: { amount: 6, unit: 'months' },
        citation: { seed: '004', article: '第二十条', page: 3 },
      },
    };
    expect(policyProfileSchema.safeParse(inCitation).success).toBe(false);
  });

  it('refuses a negative, zero or unknown-unit duration', () => {
    const withStorage = (value: unknown) => ({
      ...seed004Profile,
      avStorageDeadline: { ...seed004Profile.avStorageDeadline, value },
    });
    expect(
      policyProfileSchema.safeParse(withStorage({ amount: -2, unit: 'calendar_days' })).success,
    ).toBe(false);
    expect(
      policyProfileSchema.safeParse(withStorage({ amount: 0, unit: 'calendar_days' })).success,
    ).toBe(false);
    expect(policyProfileSchema.safeParse(withStorage({ amount: 2, unit: 'weeks' })).success).toBe(
      false,
    );
  });

  it('refuses an article that is not written 第X条, and an unknown seed', () => {
    const cite = (citation: unknown) => ({
      ...seed004Profile,
      avRetentionMinimum: { value: { amount: 6, unit: 'months' }, citation },
    });
    expect(policyProfileSchema.safeParse(cite({ seed: '004', article: '20' })).success).toBe(false);
    expect(policyProfileSchema.safeParse(cite({ seed: '005', article: '第二十条' })).success).toBe(
      false,
    );
  });

  it('refuses an approval chain that does not end with its approver, or repeats a step', () => {
    const decision = seed003Profile.approvalChain!.decision!;
    const withDecision = (steps: unknown) => ({
      ...seed003Profile,
      approvalChain: { decision: steps },
    });
    expect(policyProfileSchema.safeParse(withDecision(decision)).success).toBe(true);
    const noApprover = policyProfileSchema.safeParse(withDecision(decision.slice(0, 2)));
    expect(noApprover.error?.issues[0]?.message).toBe(
      '审批的最后一步应为适用于所有案件的批准步骤（approval）',
    );
    const majorOnlyApprover = [...decision.slice(0, 2), { ...decision[2]!, majorOnly: true }];
    expect(policyProfileSchema.safeParse(withDecision(majorOnlyApprover)).success).toBe(false);
    const twice = policyProfileSchema.safeParse(withDecision([decision[0], ...decision]));
    expect(twice.error?.issues[0]?.message).toBe('同一审批中每种步骤只能出现一次');
    const nobody = [{ ...decision[0]!, roles: [] }, decision[2]];
    expect(policyProfileSchema.safeParse(withDecision(nobody)).success).toBe(false);
    const officer = [{ ...decision[0]!, roles: ['officer'] }, decision[2]];
    expect(policyProfileSchema.safeParse(withDecision(officer)).success).toBe(false);
    expect(policyProfileSchema.safeParse(withDecision([])).success).toBe(false);
  });

  it('accepts a profile that is silent on everything but its identity', () => {
    const minimal = { id: 'blank', name: '空白规定', issuer: '某局', seed: '000' };
    expect(policyProfileSchema.parse(minimal)).toEqual(minimal);
  });
});
