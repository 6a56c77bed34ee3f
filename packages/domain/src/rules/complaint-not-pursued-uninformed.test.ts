import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../enforcement/case-event.ts';
import type { EnforcementCase } from '../enforcement/enforcement-case.ts';
import { copyProfile } from '../profiles/copy-profile.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import { complaintNotPursuedUninformed } from './complaint-not-pursued-uninformed.ts';
import { aCase, aContext, aRecord } from './test-support/rule-fixture.ts';

const complaint = (overrides: Partial<EnforcementCase> = {}) =>
  aCase({ launchMode: 'complaint', complainantRealName: true, stage: 'launch', ...overrides });
const declined: CaseEvent = { type: 'complaint_declined', at: '2025-03-05T15:00:00+08:00' };
const informed: CaseEvent = { type: 'complainant_informed', at: '2025-03-06T09:00:00+08:00' };

describe('complaint-not-pursued-uninformed', () => {
  it('asks under 003 for both the telling and its written record', () => {
    const findings = complaintNotPursuedUninformed.check(
      aContext({ profile: seed003Profile, enforcementCase: complaint(), events: [declined] }),
    );
    expect(findings).toHaveLength(2);
    for (const finding of findings) {
      expect(finding).toMatchObject({
        ruleId: 'complaint-not-pursued-uninformed',
        severity: 'missing',
        stage: 'launch',
        citations: [{ seed: '003', article: '第十一条' }],
      });
    }
    expect(findings[0]!.message).toContain('2025-03-05 15:00');
    expect(findings[0]!.message).toContain('尚未告知投诉人、举报人');
    expect(findings[1]!.message).toContain('书面记录');
  });

  it('cites 002 第四条 under 002', () => {
    const findings = complaintNotPursuedUninformed.check(
      aContext({ profile: seed002Profile, enforcementCase: complaint(), events: [declined] }),
    );
    expect(findings.map((f) => f.citations)).toEqual([
      [{ seed: '002', article: '第四条' }],
      [{ seed: '002', article: '第四条' }],
    ]);
  });

  it('follows an agency’s copy to the regulation it was copied from', () => {
    const copy = copyProfile(seed002Profile, 'my-bureau', '本局行政执法全过程记录制度');
    const findings = complaintNotPursuedUninformed.check(
      aContext({ profile: copy, enforcementCase: complaint(), events: [declined] }),
    );
    expect(findings[0]!.citations).toEqual([{ seed: '002', article: '第四条' }]);
  });

  it('is satisfied by the telling and the decline notice', () => {
    const context = aContext({
      enforcementCase: complaint(),
      events: [declined, informed],
      records: [aRecord('complaint_decline_notice')],
    });
    expect(complaintNotPursuedUninformed.check(context)).toEqual([]);
  });

  it('still asks for the written record once the complainant has been told', () => {
    const findings = complaintNotPursuedUninformed.check(
      aContext({ enforcementCase: complaint(), events: [declined, informed] }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('书面记录');
  });

  it('owes an anonymous complainant, or one whose name was not recorded, nothing', () => {
    for (const complainantRealName of [false, undefined]) {
      const enforcementCase = complaint({ complainantRealName });
      expect(
        complaintNotPursuedUninformed.check(aContext({ enforcementCase, events: [declined] })),
      ).toEqual([]);
    }
  });

  it('says nothing under 000, 001 and 004, whose texts are silent on declined complaints', () => {
    for (const profile of [seed000Profile, seed001Profile, seed004Profile]) {
      expect(
        complaintNotPursuedUninformed.check(
          aContext({ profile, enforcementCase: complaint(), events: [declined] }),
        ),
      ).toEqual([]);
    }
  });

  it('waits for the complaint to be declined, and ignores other launches', () => {
    expect(
      complaintNotPursuedUninformed.check(aContext({ enforcementCase: complaint(), events: [] })),
    ).toEqual([]);
    const exOfficio = aCase({ launchMode: 'ex_officio', complainantRealName: true });
    expect(
      complaintNotPursuedUninformed.check(
        aContext({ enforcementCase: exOfficio, events: [declined] }),
      ),
    ).toEqual([]);
  });
});
