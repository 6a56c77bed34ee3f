import { BUILTIN_PROFILES } from '@liuhen/domain';
import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../api/cases.ts';
import { awaitsLateLaunchApproval, recordTypesAllowed, visitedStages } from './case-facts.ts';

const at = '2025-03-03T09:00:00+08:00';
const event = (type: string, data: Record<string, unknown> = {}) => ({ type, at, data });
const moved = (from: string, to: string) => event('stage_changed', { from, to });

/** Only what the facts read: the case's stage, procedure and profile, and its events. */
function detail(
  stage: string,
  events: ReturnType<typeof event>[],
  overrides: Record<string, unknown> = {},
) {
  const theCase = { stage, procedure: 'ordinary', profileId: 'seed-003', ...overrides };
  // The server sends the profile (version) the case was opened under with the case.
  const profile = BUILTIN_PROFILES.find((candidate) => candidate.id === theCase.profileId);
  return { case: theCase, events, profile } as unknown as CaseDetail;
}

const types = (d: CaseDetail) => recordTypesAllowed(d).map((spec) => spec.id);

describe('the paths the web reads as the domain does', () => {
  it('counts a decision on the spot as investigation and decision gone through', () => {
    const onTheSpot = detail('service_and_execution', [moved('launch', 'service_and_execution')], {
      procedure: 'simplified',
    });
    expect(visitedStages(onTheSpot)).toEqual([
      'launch',
      'investigation',
      'decision',
      'service_and_execution',
    ]);
    expect(types(onTheSpot)).toContain('simplified_procedure_record');
  });

  it('offers a simplified case at launch the records of its on-the-spot work', () => {
    const simplified = types(detail('launch', [], { procedure: 'simplified' }));
    expect(simplified).toEqual(
      expect.arrayContaining(['simplified_procedure_record', 'rights_notice']),
    );
    expect(simplified).not.toContain('archive_record');
    expect(types(detail('launch', []))).not.toContain('simplified_procedure_record');
  });

  it('offers the late launch approval of an emergency launch under seed-003 only', () => {
    const emergency = [event('launched', { emergency: true }), moved('launch', 'investigation')];
    expect(awaitsLateLaunchApproval(detail('investigation', emergency))).toBe(true);
    expect(
      awaitsLateLaunchApproval(detail('investigation', [...emergency, event('launch_approved')])),
    ).toBe(false);
    expect(awaitsLateLaunchApproval(detail('archived', emergency))).toBe(false);
    expect(
      awaitsLateLaunchApproval(detail('investigation', emergency, { profileId: 'seed-000' })),
    ).toBe(false);
  });
});
