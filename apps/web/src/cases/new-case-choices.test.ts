import { ACT_TYPES, seed000Profile, seed003Profile } from '@liuhen/domain';
import { describe, expect, it } from 'vitest';
import { actTypeChoices, emergencyChoice } from './new-case-choices.ts';

describe('actTypeChoices', () => {
  it('offers all six act types while the profile is unknown or silent', () => {
    expect(actTypeChoices(undefined)).toEqual({ types: ACT_TYPES });
    expect(actTypeChoices(seed000Profile)).toEqual({ types: ACT_TYPES });
  });

  it('offers all six, without a hint, when the list names them all (003 第二条)', () => {
    expect(actTypeChoices(seed003Profile)).toEqual({ types: ACT_TYPES });
  });

  it('offers only the listed acts, in the usual order, citing the list', () => {
    const narrowed = {
      actTypes: [
        { value: '行政检查', citation: { seed: '003' as const, article: '第二条' } },
        { value: '行政处罚', citation: { seed: '003' as const, article: '第二条' } },
      ],
    };
    const choices = actTypeChoices(narrowed);
    expect(choices.types).toEqual(['penalty', 'inspection']);
    expect(choices.hint).toContain('《德宏州记录办法》第二条');
  });
});

describe('emergencyChoice', () => {
  it('keeps the switch, with the general hint, while the profile is unknown', () => {
    const choice = emergencyChoice(undefined);
    expect(choice.offered).toBe(true);
    expect(choice.hintOff).toContain('方可先行启动');
  });

  it('hides the switch where the profile provides no emergency launch', () => {
    expect(emergencyChoice(seed000Profile).offered).toBe(false);
  });

  it('names the deadline and its article where it does (003 第十条)', () => {
    const choice = emergencyChoice(seed003Profile);
    expect(choice.offered).toBe(true);
    for (const hint of [choice.hintOff, choice.hintOn]) {
      expect(hint).toContain('24 小时内补办审批手续');
      expect(hint).toContain('《德宏州记录办法》第十条');
    }
  });
});
