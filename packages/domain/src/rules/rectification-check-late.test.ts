import { describe, expect, it } from 'vitest';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed004Profile, SEED_004_RECORDING } from '../profiles/seed-004.ts';
import { rectificationCheckLate } from './rectification-check-late.ts';
import { aContext, anAvRecord, aRecord } from './test-support/rule-fixture.ts';

// Rectify by Friday 2025-03-07: the check is due by the end of Monday 03-10.
const decision = aRecord('decision_document', { fields: { rectificationDueOn: '2025-03-07' } });
const check = (checkedOn: string) =>
  aRecord('rectification_check', {
    createdAt: `${checkedOn}T16:00:00+08:00`,
    fields: { dueOn: '2025-03-07', checkedOn, rectification: '已拆除' },
  });
const art11 = [{ seed: '004', document: SEED_004_RECORDING, article: '第十一条' }];

describe('rectification-check-late', () => {
  it('is due until the first working day after the period, then a violation', () => {
    expect(
      rectificationCheckLate.check(
        aContext({
          records: [decision],
          profile: seed002Profile,
          now: '2025-03-10T12:00:00+08:00',
        }),
      ),
    ).toEqual([
      expect.objectContaining({
        severity: 'due',
        dueAt: '2025-03-10T16:00:00.000Z',
        citations: [{ seed: '002', article: '第七条' }],
      }),
    ]);
    expect(
      rectificationCheckLate.check(
        aContext({
          records: [decision],
          profile: seed002Profile,
          now: '2025-03-11T00:00:00+08:00',
        }),
      ),
    ).toEqual([expect.objectContaining({ severity: 'violation' })]);
  });

  it('accepts a check on the next working day and holds a later one late', () => {
    expect(
      rectificationCheckLate.check(
        aContext({ records: [decision, check('2025-03-10')], profile: seed002Profile }),
      ),
    ).toEqual([]);
    const late = rectificationCheckLate.check(
      aContext({ records: [decision, check('2025-03-11')], profile: seed002Profile }),
    );
    expect(late).toEqual([expect.objectContaining({ severity: 'violation' })]);
    expect(late[0]!.message).toContain('实际于 2025-03-11 核查');
  });

  it('takes the due date from the check itself when the decision has none', () => {
    expect(
      rectificationCheckLate.check(
        aContext({ records: [check('2025-03-12')], profile: seed002Profile }),
      ),
    ).toEqual([expect.objectContaining({ severity: 'violation' })]);
  });

  it('under 004 wants a photo, video or sound recording of the check', () => {
    const made = check('2025-03-10');
    expect(
      rectificationCheckLate.check(
        aContext({ records: [decision, made], profile: seed004Profile }),
      ),
    ).toEqual([
      expect.objectContaining({ severity: 'missing', citations: art11, subjectId: made.id }),
    ]);
    const photo = anAvRecord({ kind: 'photo', recordId: made.id });
    expect(
      rectificationCheckLate.check(
        aContext({ records: [decision, made], avRecords: [photo], profile: seed004Profile }),
      ),
    ).toEqual([]);
    expect(
      rectificationCheckLate.check(
        aContext({ records: [decision, made], profile: seed002Profile }),
      ),
    ).toEqual([]);
  });

  it('gives nothing where the regulation sets no time for the check (000)', () => {
    expect(
      rectificationCheckLate.check(
        aContext({
          records: [decision],
          profile: seed000Profile,
          now: '2026-01-01T00:00:00+08:00',
        }),
      ),
    ).toEqual([]);
  });
});
