import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { emergencyLaunchUnapproved } from './emergency-launch-unapproved.ts';
import { aContext } from './test-support/rule-fixture.ts';

const launched: CaseEvent = { type: 'launched', at: '2025-03-03T18:30:00+08:00', emergency: true };
const approvedAt = (at: string): CaseEvent => ({ type: 'launch_approved', at });

describe('emergency-launch-unapproved', () => {
  it('accepts an approval one minute inside the 24 hours of 003 第十条', () => {
    const events = [launched, approvedAt('2025-03-04T18:29:00+08:00')];
    expect(emergencyLaunchUnapproved.check(aContext({ events }))).toEqual([]);
  });

  it('holds an approval at the 24th hour late', () => {
    const events = [launched, approvedAt('2025-03-04T18:30:00+08:00')];
    const findings = emergencyLaunchUnapproved.check(aContext({ events }));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'emergency-launch-unapproved',
        severity: 'violation',
        stage: 'launch',
        citations: [{ seed: '003', article: '第十条' }],
      }),
    ]);
    expect(findings[0]!.message).toContain('审批于 2025-03-04 18:30 才完成');
  });

  it('is due until the 24 hours end without approval, then a violation', () => {
    const due = emergencyLaunchUnapproved.check(
      aContext({ events: [launched], now: '2025-03-04T18:29:00+08:00' }),
    );
    expect(due).toEqual([
      expect.objectContaining({ severity: 'due', dueAt: '2025-03-04T10:30:00.000Z' }),
    ]);
    expect(due[0]!.message).toBe(
      '执法程序于 2025-03-03 18:30 紧急启动，应在 24 小时内（2025-03-04 18:30 前）补办程序启动审批手续。请填写程序启动审批表并报负责人审批。',
    );
    expect(
      emergencyLaunchUnapproved.check(
        aContext({ events: [launched], now: '2025-03-04T18:30:00+08:00' }),
      ),
    ).toEqual([expect.objectContaining({ severity: 'violation' })]);
  });

  it('says nothing under 000, which provides no emergency launch', () => {
    expect(
      emergencyLaunchUnapproved.check(aContext({ profile: seed000Profile, events: [launched] })),
    ).toEqual([]);
  });

  it('ignores a launch that was not an emergency', () => {
    const events: CaseEvent[] = [
      { type: 'launched', at: '2025-03-03T18:30:00+08:00', emergency: false },
    ];
    expect(emergencyLaunchUnapproved.check(aContext({ profile: seed003Profile, events }))).toEqual(
      [],
    );
  });
});
