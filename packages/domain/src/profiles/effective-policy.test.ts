import { describe, expect, it } from 'vitest';
import { copyProfile } from './copy-profile.ts';
import { effectiveValue } from './effective-policy.ts';
import { seed000Profile } from './seed-000.ts';
import { seed002Profile } from './seed-002.ts';
import { seed004Profile } from './seed-004.ts';

describe('effectiveValue', () => {
  it('applies the law’s 3 working days over 004’s 5 for withdrawing a revoked penalty', () => {
    const withdrawal = effectiveValue(seed004Profile, 'publicationWithdrawal');
    expect(withdrawal.value).toEqual({ amount: 3, unit: 'working_days' });
    expect(withdrawal.source).toBe('national_law');
    expect(withdrawal.explanation).toBe(
      '本规定为 5 个工作日，但《行政处罚法》第四十八条、第八十五条规定 3 个工作日内撤下，适用更严格的法律规定。',
    );
    expect(withdrawal.citations).toEqual([
      { seed: '004', article: '第十条', document: '行政执法公示制度' },
      { law: '行政处罚法', article: '第四十八条' },
      { law: '行政处罚法', article: '第八十五条' },
    ]);
  });

  it('keeps a profile that is stricter than the law, and says so', () => {
    const strict = copyProfile(seed004Profile, 'strict', '更严格的规定');
    const edited = {
      ...strict,
      publication: {
        ...strict.publication,
        withdrawalOnRevocationDeadline: {
          value: { amount: 1, unit: 'working_days' as const },
          from: 'decision_revoked' as const,
          citation: { seed: '004' as const, article: '第十条', document: '行政执法公示制度' },
        },
      },
    };
    const withdrawal = effectiveValue(edited, 'publicationWithdrawal');
    expect(withdrawal.value).toEqual({ amount: 1, unit: 'working_days' });
    expect(withdrawal.source).toBe('profile');
    expect(withdrawal.explanation).toContain('适用本规定');
  });

  it('uses the law alone where the profile is silent', () => {
    const service = effectiveValue(seed000Profile, 'decisionService');
    expect(service).toMatchObject({
      value: { amount: 7, unit: 'working_days' },
      source: 'national_law',
    });
    expect(service.explanation).toContain('《行政处罚法》第六十一条');
    const decision = effectiveValue(seed000Profile, 'penaltyDecision');
    expect(decision.value).toEqual({ amount: 90, unit: 'calendar_days' });
    expect(effectiveValue(seed000Profile, 'publicationWithdrawal').source).toBe('national_law');
  });

  it('keeps both deadlines when their units cannot be ordered without dates', () => {
    const copy = copyProfile(seed004Profile, 'calendar', '按自然日');
    const edited = {
      ...copy,
      publication: {
        ...copy.publication,
        withdrawalOnRevocationDeadline: {
          value: { amount: 4, unit: 'calendar_days' as const },
          from: 'decision_revoked' as const,
          citation: { seed: '004' as const, article: '第十条' },
        },
      },
    };
    const withdrawal = effectiveValue(edited, 'publicationWithdrawal');
    expect(withdrawal).toMatchObject({
      value: { amount: 4, unit: 'calendar_days' },
      alsoApplies: { amount: 3, unit: 'working_days' },
      source: 'both',
    });
    expect(withdrawal.explanation).toContain('以先届满者为准');
  });

  it('requires a demand notice before compulsory execution, citing both layers when both say so', () => {
    expect(effectiveValue(seed002Profile, 'demandNoticeBeforeExecution')).toMatchObject({
      value: true,
      source: 'both',
      citations: [
        { seed: '002', article: '第七条' },
        { law: '行政强制法', article: '第三十五条' },
      ],
    });
    expect(effectiveValue(seed000Profile, 'demandNoticeBeforeExecution').source).toBe(
      'national_law',
    );
  });
});
