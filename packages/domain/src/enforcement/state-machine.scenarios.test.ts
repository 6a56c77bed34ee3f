import { describe, expect, it } from 'vitest';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { requiredRecordTypes } from '../records/catalogue/required-records.ts';
import type { AvRecord } from '../records/av-record.ts';
import type { CaseRecord, SignatureBlock } from '../records/case-record.ts';
import { aCompleteRecord } from '../rules/test-support/complete-record.ts';
import { aCase, aContext, anAvRecord } from '../rules/test-support/rule-fixture.ts';
import type { CaseEvent } from './case-event.ts';
import { stagesVisited } from './case-path.ts';
import type { EnforcementCase } from './enforcement-case.ts';
import { attemptTransition, type TransitionId } from './state-machine.ts';

// These run the real rules (ALL_RULES) through the state machine: what a clerk would see
// when pressing the button for a transition.

const signed: SignatureBlock = {
  kind: 'signed',
  signers: ['王五'],
  at: '2025-03-03T10:30:00+08:00',
};

/** Every record the catalogue requires for the stages the case has been through, complete. */
function recordsRequiredSoFar(
  enforcementCase: EnforcementCase,
  profile: PolicyProfile,
  events: readonly CaseEvent[] = [],
): CaseRecord[] {
  const records: CaseRecord[] = [];
  for (const stage of stagesVisited(enforcementCase.stage, events)) {
    for (const { type } of requiredRecordTypes(enforcementCase, stage, records, profile)) {
      records.push(aCompleteRecord(type, enforcementCase, { signature: signed }));
    }
  }
  return records;
}

function attempt(
  transition: TransitionId,
  parts: {
    enforcementCase: EnforcementCase;
    profile: PolicyProfile;
    records: readonly CaseRecord[];
    events?: readonly CaseEvent[];
    avRecords?: readonly AvRecord[];
  },
) {
  return attemptTransition(aContext({ now: '2025-03-05T09:00:00+08:00', ...parts }), transition);
}

function blockerMessages(outcome: ReturnType<typeof attempt>): string[] {
  return outcome.kind === 'blocked' ? outcome.blockers.map((f) => f.message) : [];
}

describe('filing an ex officio penalty case (003 第十条)', () => {
  const enforcementCase = aCase({ stage: 'launch' });
  const approved: CaseEvent[] = [
    { type: 'launched', at: '2025-03-03T09:00:00+08:00', emergency: false },
    { type: 'launch_approved', at: '2025-03-03T11:00:00+08:00' },
  ];

  it('is blocked until the launch approval form is on file and approved', () => {
    const outcome = attempt('file', { enforcementCase, profile: seed003Profile, records: [] });
    expect(outcome.kind).toBe('blocked');
    // The case source record is 000's and 001's duty (第六条, 第五条): advice under 003.
    expect(blockerMessages(outcome)).toEqual([expect.stringContaining('《程序启动审批表》')]);
    const records = recordsRequiredSoFar(enforcementCase, seed003Profile);
    const unapproved = attempt('file', { enforcementCase, profile: seed003Profile, records });
    expect(blockerMessages(unapproved)).toEqual([expect.stringContaining('尚未经')]);
  });

  it('goes ahead once they are, into investigation', () => {
    const records = recordsRequiredSoFar(enforcementCase, seed003Profile);
    expect(records.map((r) => r.type).sort()).toEqual([
      'case_source_record',
      'launch_approval_form',
    ]);
    const outcome = attempt('file', {
      enforcementCase,
      profile: seed003Profile,
      records,
      events: approved,
    });
    expect(outcome).toMatchObject({ kind: 'allowed', to: 'investigation' });
  });

  it('is blocked by an approval form missing its legal basis', () => {
    const records = recordsRequiredSoFar(enforcementCase, seed003Profile).map((record) =>
      record.type === 'launch_approval_form'
        ? { ...record, fields: { ...record.fields, legalBasis: '  ' } }
        : record,
    );
    const outcome = attempt('file', {
      enforcementCase,
      profile: seed003Profile,
      records,
      events: approved,
    });
    expect(outcome.kind).toBe('blocked');
    expect(blockerMessages(outcome).join('\n')).toContain('法律依据');
  });
});

describe('deciding a major case', () => {
  const enforcementCase = aCase({ stage: 'decision', majorDecision: true });
  const rightsNotice = aCompleteRecord('rights_notice', enforcementCase, { signature: signed });
  const evidence = aCompleteRecord('evidence_register', enforcementCase, { signature: signed });

  it('is blocked by the missing legal review and collective discussion, and only by them', () => {
    const records = [
      ...recordsRequiredSoFar(enforcementCase, seed003Profile),
      rightsNotice,
      evidence,
    ];
    const outcome = attempt('decide', { enforcementCase, profile: seed003Profile, records });
    expect(outcome.kind).toBe('blocked');
    if (outcome.kind !== 'blocked') return;
    expect(new Set(outcome.blockers.map((f) => f.ruleId))).toEqual(
      new Set(['major-decision-unreviewed']),
    );
    expect(outcome.blockers).toHaveLength(2);
  });

  it('goes ahead with both on file', () => {
    const records = [
      ...recordsRequiredSoFar(enforcementCase, seed003Profile),
      rightsNotice,
      evidence,
      aCompleteRecord('legal_review', enforcementCase),
      aCompleteRecord('collective_discussion_minutes', enforcementCase),
    ];
    const outcome = attempt('decide', { enforcementCase, profile: seed003Profile, records });
    expect(outcome).toMatchObject({ kind: 'allowed', to: 'service_and_execution' });
  });
});

describe('an inspection closed without a decision', () => {
  const at = '2025-03-04T09:00:00+08:00';
  const events: CaseEvent[] = [
    { type: 'stage_changed', at, from: 'launch', to: 'investigation' },
    { type: 'stage_changed', at, from: 'investigation', to: 'archiving' },
  ];
  const enforcementCase = aCase({ actType: 'inspection', stage: 'archiving' });

  it('owes no decision-stage documents; only the archive record blocks archiving', () => {
    const withoutArchive = recordsRequiredSoFar(enforcementCase, seed000Profile, events).filter(
      (r) => r.type !== 'archive_record',
    );
    expect(withoutArchive.some((r) => r.type === 'decision_document')).toBe(false);
    const blocked = attempt('archive', {
      enforcementCase,
      profile: seed000Profile,
      records: withoutArchive,
      events,
    });
    expect(blockerMessages(blocked)).toEqual([expect.stringContaining('《案卷归档记录》')]);
    const records = [...withoutArchive, aCompleteRecord('archive_record', enforcementCase)];
    expect(
      attempt('archive', { enforcementCase, profile: seed000Profile, records, events }),
    ).toMatchObject({ kind: 'allowed', to: 'archived' });
  });
});

describe('one case under two profiles', () => {
  const enforcementCase = aCase({ stage: 'investigation' });
  const refused: SignatureBlock = {
    kind: 'refused',
    note: '当事人拒绝在笔录上签字，执法人员当场记录。',
    at: '2025-03-03T10:30:00+08:00',
  };

  it('a refusal to sign with no AV of it blocks under seed-003 (第十六条), not under seed-001', () => {
    const base = recordsRequiredSoFar(enforcementCase, seed003Profile);
    const inquiry = aCompleteRecord('inquiry_transcript', enforcementCase, { signature: refused });
    // seed-003 also wants the inquiry itself on AV (第十八条); give it that.
    const inquiryAv = anAvRecord({ recordId: inquiry.id, situations: ['inquiry'] });
    const rightsNotice = aCompleteRecord('rights_notice', enforcementCase, { signature: signed });
    const records = [...base, inquiry, rightsNotice];
    const avRecords = [inquiryAv];
    const under003 = attempt('submit_for_decision', {
      enforcementCase,
      profile: seed003Profile,
      records,
      avRecords,
    });
    expect(under003.kind).toBe('blocked');
    if (under003.kind === 'blocked') {
      expect(under003.blockers.map((f) => f.ruleId)).toEqual(['transcript-unsigned']);
      expect(under003.blockers[0]!.citations).toEqual([{ seed: '003', article: '第十六条' }]);
    }
    const under001 = attempt('submit_for_decision', {
      enforcementCase,
      profile: seed001Profile,
      records,
      avRecords,
    });
    expect(under001).toMatchObject({ kind: 'allowed', to: 'decision' });
  });

  it('an AV file stored 30 hours after recording is a breach under seed-000 only, and blocks nothing', () => {
    const records = recordsRequiredSoFar(enforcementCase, seed000Profile);
    const rightsNotice = aCompleteRecord('rights_notice', enforcementCase, { signature: signed });
    const late = anAvRecord({
      recordingEndedAt: '2025-03-03T10:00:00+08:00',
      storedAt: '2025-03-04T16:00:00+08:00',
    });
    const evidence = aCompleteRecord('evidence_register', enforcementCase, { signature: signed });
    const parts = {
      enforcementCase,
      records: [...records, rightsNotice, evidence],
      avRecords: [late],
    };
    const under000 = attempt('submit_for_decision', { ...parts, profile: seed000Profile });
    expect(under000.kind).toBe('allowed');
    if (under000.kind === 'allowed') {
      expect(under000.violations.map((f) => f.ruleId)).toEqual(['av-stored-late']);
    }
    const under001 = attempt('submit_for_decision', { ...parts, profile: seed001Profile });
    expect(under001).toMatchObject({ kind: 'allowed', violations: [] });
  });
});
