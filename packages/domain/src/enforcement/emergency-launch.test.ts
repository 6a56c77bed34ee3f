import { describe, expect, it } from 'vitest';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import type { CaseEvent } from './case-event.ts';
import { awaitsEmergencyLaunchApproval, emergencyLaunchOf } from './emergency-launch.ts';

const at = '2025-03-03T09:00:00+08:00';
const launched = (emergency: boolean): CaseEvent => ({ type: 'launched', at, emergency });

describe('emergency launch', () => {
  it('is one only under a profile that provides for it (003 第十条)', () => {
    expect(emergencyLaunchOf([launched(true)], seed003Profile)).toEqual({
      launchedAt: at,
      period: seed003Profile.emergencyLaunchApprovalDeadline,
    });
    expect(emergencyLaunchOf([launched(true)], seed000Profile)).toBeUndefined();
    expect(emergencyLaunchOf([launched(false)], seed003Profile)).toBeUndefined();
  });

  it('awaits its approval after launch, in any stage before the archive, until approved', () => {
    const events = [launched(true)];
    for (const stage of ['launch', 'investigation', 'decision', 'archiving'] as const) {
      expect(awaitsEmergencyLaunchApproval(stage, events, seed003Profile)).toBe(true);
    }
    expect(awaitsEmergencyLaunchApproval('archived', events, seed003Profile)).toBe(false);
    const approved: CaseEvent[] = [...events, { type: 'launch_approved', at }];
    expect(awaitsEmergencyLaunchApproval('investigation', approved, seed003Profile)).toBe(false);
    expect(awaitsEmergencyLaunchApproval('investigation', events, seed000Profile)).toBe(false);
  });
});
