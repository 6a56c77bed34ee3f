import { describe, expect, it } from 'vitest';
import type { PowerVersion } from '../powers/powers-api.ts';
import { amountInWords, factsBodyOf, locateFactsParam, powerFor } from './facts-form.ts';

const power = (id: string, version: number) => ({ id, version }) as PowerVersion;

describe('the facts form', () => {
  it('writes an amount in 大写 as it is typed, and nothing while it cannot be read', () => {
    expect(amountInWords('1,005')).toBe('人民币壹仟零伍元整');
    expect(amountInWords('200.5')).toBe('人民币贰佰元伍角');
    expect(amountInWords('1e3')).toBeNull();
    expect(amountInWords('')).toBeNull();
  });

  it('keeps the version a case chose before, else takes the one in force', () => {
    const chosen = new Map([['a', power('a', 1)]]);
    const inForce = [power('a', 3), power('b', 2)];
    expect(powerFor('a', chosen, inForce)?.version).toBe(1);
    expect(powerFor('b', chosen, inForce)?.version).toBe(2);
    expect(powerFor(undefined, chosen, inForce)).toBeUndefined();
  });

  it('sends evidence a line an item, amounts as text and blanks as none', () => {
    const body = factsBodyOf(
      {
        facts: '当事人摆摊',
        evidence: '现场检查笔录\n\n 现场照片 \n',
        violations: [{ powerId: 'b', conduct: '摆摊', discretionLevel: '' }],
        penalties: [{ kind: 'fine', amount: '1,500' }],
      },
      2,
      (id) => (id === 'b' ? power('b', 2) : undefined),
    );
    expect(body).toEqual({
      expectedVersion: 2,
      facts: '当事人摆摊',
      evidence: ['现场检查笔录', '现场照片'],
      violations: [
        {
          powerId: 'b',
          powerVersion: 2,
          conduct: '摆摊',
          discretionLevel: null,
          discretionReason: null,
        },
      ],
      penalties: [{ kind: 'fine', amount: '1,500', description: null }],
      performanceDays: null,
      mitigation: null,
    });
  });

  it("puts the server's field names on the form's fields", () => {
    expect(locateFactsParam(['violations', '0', 'discretionReason'])).toEqual([
      'violations',
      0,
      'discretionReason',
    ]);
    expect(locateFactsParam(['evidence', '3'])).toEqual(['evidence']);
  });
});
