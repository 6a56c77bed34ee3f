import { describe, expect, it } from 'vitest';
import { mandatoryAvMissingRule } from '../rules/mandatory-av-missing.ts';
import { aContext, aRecord } from '../rules/test-support/rule-fixture.ts';
import { standardProfile, STANDARD_PROFILES } from './builtin-profiles.ts';
import { copyProfile } from './copy-profile.ts';
import { effectiveValue } from './effective-policy.ts';
import { nationalBaselineProfile } from './national-baseline.ts';
import { formatLawCitation } from './national-law.ts';
import { policyProfileSchema } from './profile-schema.ts';

describe('the national baseline profile', () => {
  it('is valid, follows no seed, and is offered first among the standard profiles', () => {
    expect(policyProfileSchema.parse(nationalBaselineProfile)).toEqual(nationalBaselineProfile);
    expect(nationalBaselineProfile.seed).toBeUndefined();
    expect(STANDARD_PROFILES[0]).toBe(nationalBaselineProfile);
    expect(standardProfile('national-baseline')).toBe(nationalBaselineProfile);
  });

  it('cites national law and 118号 only', () => {
    const citations = [
      ...(nationalBaselineProfile.mandatoryAvActs ?? []),
      ...(nationalBaselineProfile.textRecordActs ?? []),
    ].map((item) => item.citation);
    expect(citations.every((c) => 'law' in c)).toBe(true);
    expect(formatLawCitation({ law: '国办发〔2018〕118号', article: '三、（二）' })).toBe(
      '国办发〔2018〕118号三、（二）',
    );
    expect(formatLawCitation({ law: '行政强制法', article: '第十八条' })).toBe(
      '《行政强制法》第十八条',
    );
  });

  it('puts a coercive measure on AV, citing 118号', () => {
    const measure = aRecord('coercive_measure_decision');
    const [finding] = mandatoryAvMissingRule.check(
      aContext({ profile: nationalBaselineProfile, records: [measure] }),
    );
    expect(finding).toMatchObject({
      severity: 'missing',
      subjectId: measure.id,
      citations: [{ law: '国办发〔2018〕118号', article: '三、（二）' }],
    });
    expect(finding!.message).toContain('国办发〔2018〕118号三、（二）');
  });

  it('does not check the items 118号 leaves to circumstances', () => {
    const inquiry = aRecord('inquiry_transcript');
    expect(
      mandatoryAvMissingRule.check(
        aContext({ profile: nationalBaselineProfile, records: [inquiry] }),
      ),
    ).toEqual([]);
  });

  it('is held to national law where it is silent, and its copy stays without a seed', () => {
    expect(effectiveValue(nationalBaselineProfile, 'penaltyDecision')).toMatchObject({
      source: 'national_law',
      value: { amount: 90, unit: 'calendar_days' },
    });
    const copy = copyProfile(nationalBaselineProfile, 'agency-x', '某局制度');
    expect(copy.seed).toBeUndefined();
  });
});
