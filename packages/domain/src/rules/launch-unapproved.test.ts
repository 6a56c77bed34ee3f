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
    expect(check({ enforcementCase: atLaunch, records, events, profile: PROFILES['003'] })).toEqual(
      [],
    );
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
});
