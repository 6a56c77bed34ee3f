import { describe, expect, it } from 'vitest';
import { seed003Profile } from '../profiles/seed-003.ts';
import type { CaseRecord } from '../records/case-record.ts';
import { aCompleteRecord } from '../rules/test-support/complete-record.ts';
import { aCase, aContext } from '../rules/test-support/rule-fixture.ts';
import type { CaseEvent } from './case-event.ts';
import { attemptTransition, type TransitionId } from './state-machine.ts';
import type { Stage } from './vocabulary.ts';

// The paths of issue 15 point 3 through the real rules and the state machine, under
// 德宏 (seed-003): what the clerk meets pressing each button.

const at = '2025-03-03T09:00:00+08:00';
const signature = { kind: 'signed', signers: ['王五'], at } as const;
const move = (from: Stage, to: Stage): CaseEvent => ({ type: 'stage_changed', at, from, to });
const ruleIds = (outcome: ReturnType<typeof attemptTransition>) =>
  outcome.kind === 'blocked' ? outcome.blockers.map((f) => f.ruleId) : [];

function attempt(
  transition: TransitionId,
  stage: Stage,
  parts: { events: CaseEvent[]; records?: CaseRecord[]; now?: string; procedure?: 'simplified' },
) {
  const enforcementCase = aCase({ stage, procedure: parts.procedure ?? 'ordinary' });
  return attemptTransition(
    aContext({
      enforcementCase,
      profile: seed003Profile,
      events: parts.events,
      records: parts.records ?? [],
      now: parts.now ?? '2025-03-03T10:00:00+08:00',
    }),
    transition,
  );
}

describe('a simplified case decided on the spot', () => {
  const simplified = aCase({ procedure: 'simplified', stage: 'service_and_execution' });
  const events: CaseEvent[] = [
    { type: 'decision_made', at },
    move('launch', 'service_and_execution'),
  ];
  const decision = aCompleteRecord('decision_document', simplified, { signature });

  it('is decided on the spot with nothing on file yet', () => {
    const outcome = attempt('decide_on_the_spot', 'launch', {
      events: [],
      procedure: 'simplified',
    });
    expect(outcome).toMatchObject({ kind: 'allowed', violations: [] });
  });

  it('is concluded only with its 简易程序记录, which also records the notice', () => {
    const blocked = attempt('conclude', 'service_and_execution', {
      events,
      records: [decision],
      procedure: 'simplified',
    });
    expect(ruleIds(blocked).sort()).toEqual(['required-record-missing', 'rights-notice-missing']);
    const record = aCompleteRecord('simplified_procedure_record', simplified);
    expect(
      attempt('conclude', 'service_and_execution', {
        events,
        records: [decision, record],
        procedure: 'simplified',
      }),
    ).toMatchObject({ kind: 'allowed', violations: [] });
  });
});

describe('an emergency launch (003 第十条)', () => {
  const investigating = aCase({ stage: 'investigation' });
  const records = [
    aCompleteRecord('case_source_record', investigating),
    aCompleteRecord('launch_approval_form', investigating),
    aCompleteRecord('evidence_register', investigating, { signature }),
    aCompleteRecord('rights_notice', investigating, { signature }),
  ];
  const events: CaseEvent[] = [
    { type: 'launched', at, emergency: true },
    { type: 'filed', at },
    move('launch', 'investigation'),
  ];

  it('is filed unapproved, then held from the decision until approved', () => {
    expect(attempt('file', 'launch', { events: [events[0]!], records }).kind).toBe('allowed');
    const held = attempt('submit_for_decision', 'investigation', { events, records });
    expect(ruleIds(held)).toEqual(['launch-unapproved']);
    const approved = [...events, { type: 'launch_approved', at } as const];
    expect(
      attempt('submit_for_decision', 'investigation', { events: approved, records }).kind,
    ).toBe('allowed');
  });

  it('past 24 hours unapproved, may not move at all', () => {
    const late = '2025-03-04T09:00:00+08:00';
    const held = attempt('submit_for_decision', 'investigation', { events, records, now: late });
    expect(ruleIds(held)).toEqual(['launch-unapproved']);
    expect(held.kind === 'blocked' && held.blockers[0]!.stage).toBe('launch');
  });
});

describe('the ordinary penalty without investigation', () => {
  it('is held in investigation, whichever way it would leave', () => {
    const events: CaseEvent[] = [{ type: 'launch_approved', at }, move('launch', 'investigation')];
    const records = [
      aCompleteRecord('case_source_record', aCase()),
      aCompleteRecord('launch_approval_form', aCase()),
      aCompleteRecord('rights_notice', aCase(), { signature }),
    ];
    for (const transition of ['submit_for_decision', 'close_without_decision'] as const) {
      const held = attempt(transition, 'investigation', { events, records });
      expect(ruleIds(held)).toEqual(['investigation-unrecorded']);
    }
  });
});
