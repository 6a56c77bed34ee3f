import { describe, expect, it } from 'vitest';
import { bindFinding, bindsAgency, regulationNames } from './binding.ts';
import type { Finding } from './finding.ts';

const finding = (parts: Partial<Finding>): Finding => ({
  ruleId: 'test',
  severity: 'missing',
  citations: [],
  message: '缺少',
  stage: 'launch',
  ...parts,
});
const s002 = { seed: '002', article: '第四条' } as const;
const s003 = { seed: '003', article: '第十条' } as const;
const law = { law: '行政处罚法', article: '第六十条' } as const;

describe('binding', () => {
  it('binds an agency by its own seed and by national law only', () => {
    expect(bindsAgency(s002, { seed: '002' })).toBe(true);
    expect(bindsAgency(s002, { seed: '000' })).toBe(false);
    expect(bindsAgency(law, { seed: '000' })).toBe(true);
    // The national baseline has no seed: only national law binds it.
    expect(bindsAgency(s002, {})).toBe(false);
    expect(bindsAgency(law, {})).toBe(true);
  });

  it('keeps a binding finding, citing only what binds', () => {
    const both = finding({ citations: [s002, s003] });
    expect(bindFinding(both, { seed: '003' })).toEqual({ ...both, citations: [s003] });
    const lawAndOther = finding({ severity: 'violation', citations: [law, s002] });
    expect(bindFinding(lawAndOther, { seed: '000' })).toMatchObject({
      severity: 'violation',
      citations: [law],
    });
  });

  it('makes a missing or violated duty of another seed advice, keeping its citations', () => {
    const missing = finding({ citations: [s002, s003] });
    expect(bindFinding(missing, { seed: '000' })).toEqual({ ...missing, severity: 'advice' });
    expect(bindFinding(missing, {})).toMatchObject({ severity: 'advice' });
    const late = finding({
      severity: 'violation',
      citations: [s002],
      dueAt: '2025-03-03T09:00:00+08:00',
    });
    const advice = bindFinding(late, { seed: '003' });
    expect(advice).toMatchObject({ severity: 'advice', citations: [s002] });
    expect(advice).not.toHaveProperty('dueAt');
    // A finding citing nothing binds nobody either.
    expect(bindFinding(finding({ citations: [] }), { seed: '003' })).toMatchObject({
      severity: 'advice',
    });
  });

  it('drops an open deadline or a doubt that only another seed imposes', () => {
    expect(bindFinding(finding({ severity: 'due', citations: [s002] }), { seed: '003' })).toBe(
      undefined,
    );
    expect(
      bindFinding(finding({ severity: 'undetermined', citations: [s002] }), { seed: '003' }),
    ).toBe(undefined);
  });

  it('names regulations by their short titles', () => {
    expect(regulationNames([s002, s003, { seed: '003', article: '第十一条' }])).toBe(
      '《长治市民宗局记录制度》、《德宏州记录办法》',
    );
    expect(regulationNames([law])).toBe('《行政处罚法》');
  });
});
