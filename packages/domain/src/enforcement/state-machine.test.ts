import { describe, expect, it } from 'vitest';
import type { Finding, FindingSeverity } from '../rules/finding.ts';
import type { Rule } from '../rules/rule.ts';
import { aCase, aContext } from '../rules/test-support/rule-fixture.ts';
import { deadlineFrom } from '../rules/deadline.ts';
import { parsePlainDate } from '../calendar/plain-date.ts';
import { addWorkingDays } from '../calendar/working-days.ts';
import {
  attemptTransition,
  evaluateRules,
  TRANSITION_IDS,
  TRANSITIONS,
  transitionsFrom,
} from './state-machine.ts';
import { STAGES, type Stage } from './vocabulary.ts';

function ruleFinding(severity: FindingSeverity, stage: Stage): Rule {
  const finding: Finding = {
    ruleId: `test-${severity}-${stage}`,
    severity,
    stage,
    citations: [{ seed: '003', article: '第十条' }],
    message: `${severity} in ${stage}`,
  };
  return {
    id: finding.ruleId,
    title: 'test',
    citations: finding.citations,
    check: () => [finding],
  };
}

describe('case state machine', () => {
  it('leads every stage but the last somewhere, and nothing leaves the archive', () => {
    for (const stage of STAGES) {
      const out = [...transitionsFrom(stage, 'ordinary'), ...transitionsFrom(stage, 'simplified')];
      expect(out.length > 0).toBe(stage !== 'archived');
    }
  });

  it('only moves forward through the stages', () => {
    for (const id of TRANSITION_IDS) {
      const { from, to } = TRANSITIONS[id];
      expect(STAGES.indexOf(to)).toBeGreaterThan(STAGES.indexOf(from));
    }
  });

  it('offers the on-the-spot decision to simplified-procedure cases only', () => {
    expect(transitionsFrom('launch', 'ordinary').map((t) => t.id)).toEqual(['file', 'decline']);
    expect(transitionsFrom('launch', 'simplified').map((t) => t.id)).toEqual([
      'file',
      'decline',
      'decide_on_the_spot',
    ]);
    const outcome = attemptTransition(
      aContext({ enforcementCase: aCase({ stage: 'launch' }) }),
      'decide_on_the_spot',
      [],
    );
    expect(outcome).toMatchObject({ kind: 'not_available' });
  });

  it('refuses a transition from another stage and says where the case is', () => {
    const outcome = attemptTransition(
      aContext({ enforcementCase: aCase({ stage: 'investigation' }) }),
      'archive',
      [],
    );
    expect(outcome).toEqual({
      kind: 'not_available',
      message: '案件当前处于“调查取证”环节，不能执行“立卷归档”。',
    });
  });

  it('is blocked by what is missing in the stage being left or an earlier one', () => {
    const context = aContext({ enforcementCase: aCase({ stage: 'decision' }) });
    const earlier = ruleFinding('missing', 'launch');
    const current = ruleFinding('missing', 'decision');
    const later = ruleFinding('missing', 'archiving');
    const outcome = attemptTransition(context, 'decide', [earlier, current, later]);
    expect(outcome.kind).toBe('blocked');
    if (outcome.kind !== 'blocked') return;
    expect(outcome.to).toBe('service_and_execution');
    expect(outcome.blockers.map((f) => f.ruleId)).toEqual([
      'test-missing-launch',
      'test-missing-decision',
    ]);
  });

  it('lets missed deadlines and open obligations through, reporting the breaches', () => {
    const context = aContext({ enforcementCase: aCase({ stage: 'service_and_execution' }) });
    const outcome = attemptTransition(context, 'conclude', [
      ruleFinding('violation', 'launch'),
      ruleFinding('due', 'service_and_execution'),
    ]);
    expect(outcome).toMatchObject({ kind: 'allowed', to: 'archiving' });
    if (outcome.kind !== 'allowed') return;
    expect(outcome.violations.map((f) => f.ruleId)).toEqual(['test-violation-launch']);
  });

  it('turns a violation by a deadline in an uncovered year into a provisional due, without blocking', () => {
    const countingIn2030 = (citations: Rule['citations']): Rule => ({
      id: 'test-2030',
      title: '测试期限',
      citations,
      check: () => [
        {
          ruleId: 'test-2030',
          severity: 'violation',
          stage: 'launch',
          citations,
          message: '',
          dueAt: deadlineFrom('2030-05-06T09:00:00+08:00', { amount: 2, unit: 'working_days' }),
        },
      ],
    });
    const counting2030 = countingIn2030([{ seed: '003', article: '第十条' }]);
    const context = aContext({ enforcementCase: aCase({ stage: 'launch' }) });
    const [finding] = evaluateRules(context, [counting2030]);
    expect(finding).toMatchObject({
      ruleId: 'test-2030',
      severity: 'due',
      provisional: { uncoveredYears: [2030] },
    });
    expect(finding!.message).toContain('2030 年的节假日安排尚未录入');
    // A rule that still needs the exact calendar says so, without blocking either.
    const strict: Rule = {
      ...counting2030,
      check: () => [
        {
          ruleId: 'test-2030',
          severity: 'due',
          stage: 'launch',
          citations: [],
          message: addWorkingDays(parsePlainDate('2030-05-06'), 2),
        },
      ],
    };
    const [undetermined] = evaluateRules(context, [strict]);
    expect(undetermined).toMatchObject({ ruleId: 'test-2030', severity: 'undetermined' });
    expect(undetermined!.message).toContain('2030 年的法定节假日安排尚未录入');
    expect(attemptTransition(context, 'file', [strict])).toMatchObject({ kind: 'allowed' });
    expect(attemptTransition(context, 'file', [counting2030])).toMatchObject({ kind: 'allowed' });
    const broken: Rule = {
      ...counting2030,
      check: () => {
        throw new TypeError('a bug in a rule');
      },
    };
    expect(() => evaluateRules(context, [broken])).toThrow(TypeError);
    // A deadline of another agency's regulation is nobody's doubt here: no finding at all.
    const elsewhere = countingIn2030([{ seed: '001', article: '第九条' }]);
    expect(evaluateRules(context, [elsewhere])).toEqual([]);
  });

  it('binds findings to the profile: only its own seed or national law may block', () => {
    const citing = (citations: Rule['citations']): Rule => ({
      id: 'test-binding',
      title: '测试',
      citations,
      check: () => [
        { ruleId: 'test-binding', severity: 'missing', stage: 'launch', citations, message: '缺' },
      ],
    });
    const context = aContext({ enforcementCase: aCase({ stage: 'launch' }) }); // profile 003
    const elsewhere = citing([{ seed: '002', article: '第四条' }]);
    expect(evaluateRules(context, [elsewhere])).toMatchObject([{ severity: 'advice' }]);
    expect(attemptTransition(context, 'file', [elsewhere])).toMatchObject({ kind: 'allowed' });
    const own = citing([
      { seed: '002', article: '第四条' },
      { seed: '003', article: '第十条' },
    ]);
    expect(evaluateRules(context, [own])).toMatchObject([
      { severity: 'missing', citations: [{ seed: '003', article: '第十条' }] },
    ]);
    expect(attemptTransition(context, 'file', [own])).toMatchObject({ kind: 'blocked' });
    const law = citing([{ law: '行政处罚法', article: '第六十条' }]);
    expect(attemptTransition(context, 'file', [law])).toMatchObject({ kind: 'blocked' });
  });
});
