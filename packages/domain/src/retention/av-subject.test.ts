import { describe, expect, it } from 'vitest';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import { aCase, anAvRecord } from '../rules/test-support/rule-fixture.ts';
import { avRetentionSubject } from './av-subject.ts';
import { retentionOf } from './retention-of.ts';

const none = { status: 'none' } as const;

describe('avRetentionSubject', () => {
  it('makes evidence in a penalty case 行政处罚证据, elsewhere 案件证据 only', () => {
    const evidence = anAvRecord({ usedAsEvidence: true });
    expect(avRetentionSubject(evidence, aCase({ actType: 'penalty' }), none).categories).toEqual([
      'penalty_evidence',
    ]);
    expect(avRetentionSubject(evidence, aCase({ actType: 'inspection' }), none).categories).toEqual(
      ['case_evidence'],
    );
    expect(avRetentionSubject(evidence, undefined, none).categories).toEqual(['case_evidence']);
  });

  it('so inspection evidence is permanent under 004 but not under 002', () => {
    const subject = avRetentionSubject(
      anAvRecord({ usedAsEvidence: true }),
      aCase({ actType: 'inspection' }),
      none,
    );
    expect(retentionOf(subject, seed004Profile).kind).toBe('permanent');
    expect(retentionOf(subject, seed002Profile).kind).toBe('until');
  });

  it('takes obstruction and major incidents from the situations, nothing else', () => {
    const av = anAvRecord({ situations: ['inquiry', 'obstruction', 'major_incident'] });
    expect(avRetentionSubject(av, aCase(), none).categories).toEqual([
      'obstruction',
      'major_incident',
    ]);
    const refusal = anAvRecord({ situations: ['non_cooperation', 'refusal_to_sign'] });
    expect(avRetentionSubject(refusal, aCase(), none).categories).toEqual([]);
  });

  it('adds what people declared, once each', () => {
    const av = anAvRecord({ situations: ['obstruction'] });
    expect(
      avRetentionSubject(av, aCase({ majorDecision: true }), none, [
        'petition_or_litigation',
        'petition_or_litigation',
      ]).categories,
    ).toEqual(['petition_or_litigation', 'obstruction']);
  });

  it('dates the recording by its end, in China time', () => {
    const acrossMidnight = anAvRecord({
      recordingStartedAt: '2025-03-03T23:30:00+08:00',
      recordingEndedAt: '2025-03-04T00:20:00+08:00',
    });
    expect(avRetentionSubject(acrossMidnight, aCase(), none).recordedOn).toBe('2025-03-04');
    const utc = anAvRecord({
      recordingStartedAt: '2025-03-03T16:00:00Z',
      recordingEndedAt: '2025-03-03T16:30:00Z',
    });
    expect(avRetentionSubject(utc, aCase(), none).recordedOn).toBe('2025-03-04');
  });
});
