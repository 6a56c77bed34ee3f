import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import { launchUnapproved } from './launch-unapproved.ts';
import { aCase, aContext, aRecord, PROFILES } from './test-support/rule-fixture.ts';

const at = '2025-03-03T09:00:00+08:00';
const launched = (emergency: boolean): CaseEvent => ({ type: 'launched', at, emergency });
const check = (parts: Parameters<typeof aContext>[0]) => launchUnapproved.check(aContext(parts));

describe('launch-unapproved', () => {
  const atLaunch = aCase({ stage: 'launch' });

  it('blocks filing an ex officio ordinary case until the launch is approved', () => {
    const form = aRecord('launch_approval_form');
    const [finding] = check({
      enforcementCase: atLaunch,
      records: [form],
      events: [launched(false)],
    });
    expect(finding).toMatchObject({ severity: 'missing', stage: 'launch' });
    expect(finding!.message).toContain('尚未经');
    expect(
      check({
        enforcementCase: atLaunch,
        records: [form],
        events: [launched(false), { type: 'launch_approved', at }],
      }),
    ).toEqual([]);
  });

  it('lets an emergency launch go ahead under seed-003 only, which provides for it', () => {
    const events = [launched(true)];
    const records = [aRecord('launch_approval_form')];
    const now = '2025-03-03T10:00:00+08:00';
    expect(
      check({ enforcementCase: atLaunch, records, events, now, profile: PROFILES['003'] }),
    ).toEqual([]);
    expect(
      check({ enforcementCase: atLaunch, records, events, profile: PROFILES['000'] }),
    ).toHaveLength(1);
  });

  it('leaves a missing form to required-record-missing: nothing to approve yet', () => {
    expect(check({ enforcementCase: atLaunch, events: [launched(false)] })).toEqual([]);
  });

  it('applies to a complaint only once it is found to need pursuing', () => {
    const complaint = aCase({ stage: 'launch', launchMode: 'complaint' });
    const intake = (reviewResult: string) =>
      aRecord('complaint_intake', { fields: { reviewResult } });
    expect(check({ enforcementCase: complaint, records: [intake('不启动执法程序')] })).toEqual([]);
    const form = aRecord('launch_approval_form');
    expect(check({ enforcementCase: complaint, records: [intake('需要查处'), form] })).toHaveLength(
      1,
    );
  });

  it('does not apply to the simplified procedure, an application, or a case already filed', () => {
    expect(check({ enforcementCase: aCase({ stage: 'launch', procedure: 'simplified' }) })).toEqual(
      [],
    );
    expect(
      check({ enforcementCase: aCase({ stage: 'launch', launchMode: 'on_application' }) }),
    ).toEqual([]);
    expect(check({ enforcementCase: aCase({ stage: 'investigation' }) })).toEqual([]);
  });

  describe('an emergency launch under seed-003 (第十条: 24 小时内补办审批手续)', () => {
    const events = [launched(true)];
    const records = [aRecord('launch_approval_form')];
    const profile = PROFILES['003'];
    const within = '2025-03-04T08:59:00+08:00';
    const past = '2025-03-04T09:00:00+08:00';
    const tenth = [{ seed: '003', article: '第十条' }];

    it('may be filed and investigated, but not end its investigation, while unapproved', () => {
      const investigating = aCase({ stage: 'investigation' });
      expect(check({ enforcementCase: atLaunch, records, events, profile, now: within })).toEqual(
        [],
      );
      const [held] = check({
        enforcementCase: investigating,
        records,
        events,
        profile,
        now: within,
      });
      expect(held).toMatchObject({ severity: 'missing', stage: 'investigation', citations: tenth });
      expect(held!.message).toContain('审批前不得调查终结、作出决定或结案');
    });

    it('may not move at all once the 24 hours have passed unapproved', () => {
      for (const stage of ['launch', 'investigation', 'decision', 'archiving'] as const) {
        const [held] = check({
          enforcementCase: aCase({ stage }),
          records,
          events,
          profile,
          now: past,
        });
        expect(held).toMatchObject({ severity: 'missing', stage: 'launch', citations: tenth });
        expect(held!.message).toContain('24 小时内（2025-03-04 09:00 前）未补办');
      }
    });

    it('is released by the approval, even a late one', () => {
      const approved = [...events, { type: 'launch_approved', at: past } as const];
      expect(
        check({
          enforcementCase: aCase({ stage: 'decision' }),
          records,
          events: approved,
          profile,
          now: past,
        }),
      ).toEqual([]);
    });

    it('holds nothing once archived, and nothing under a profile without the period', () => {
      expect(
        check({ enforcementCase: aCase({ stage: 'archived' }), events, profile, now: past }),
      ).toEqual([]);
      expect(
        check({
          enforcementCase: aCase({ stage: 'investigation' }),
          records,
          events,
          profile: PROFILES['000'],
          now: past,
        }),
      ).toEqual([]);
    });
  });
});
