import { describe, expect, it } from 'vitest';
import type { CaseRecordView } from '../api/cases.ts';
import { chinaWallClock } from '../cases/china-time.ts';
import {
  capturePrefill,
  contentOfSituation,
  mergeSituations,
  situationsOfRecord,
  toInterruptionValues,
  toInterruptions,
} from './av-form-values.ts';
import { avParamLocator, locateAvRecordParam } from './av-form-errors.ts';
import type { EnforcementCase } from '@liuhen/domain';

const WALL = 'YYYY-MM-DD HH:mm:ss';

describe('capture times prefilled from the file (media.capturedAt + duration)', () => {
  it('reads the camera’s time as Beijing time and adds the rounded duration', () => {
    const { recordingStartedAt, recordingEndedAt } = capturePrefill({
      capturedAt: '2025-03-03T01:30:00Z',
      durationSeconds: 95.4,
    });
    expect(recordingStartedAt?.format(WALL)).toBe('2025-03-03 09:30:00');
    expect(recordingEndedAt?.format(WALL)).toBe('2025-03-03 09:31:35');
  });

  it('prefills only the start without a duration, and nothing without a time', () => {
    const start = capturePrefill({ capturedAt: '2025-03-03T09:30:00+08:00' });
    expect(start.recordingStartedAt?.format(WALL)).toBe('2025-03-03 09:30:00');
    expect(start.recordingEndedAt).toBeUndefined();
    expect(capturePrefill({ durationSeconds: 60 })).toEqual({});
    expect(capturePrefill({ capturedAt: 'not a time', durationSeconds: 60 })).toEqual({});
    expect(capturePrefill(null)).toEqual({});
  });
});

describe('interruptions between the form and the API', () => {
  it('sends China wall-clock times with +08:00 and leaves out what is blank', () => {
    expect(
      toInterruptions([
        {
          reason: 'battery',
          from: chinaWallClock('2025-03-03T01:40:00Z'),
          resumedAt: chinaWallClock('2025-03-03T01:45:10Z'),
          note: '  电量耗尽，更换电池 ',
          reportedTo: ' ',
          reportedAt: null,
          writtenExplanation: '',
        },
        { reason: 'device_fault', from: chinaWallClock('2025-03-03T02:00:00Z') },
      ]),
    ).toEqual([
      {
        reason: 'battery',
        from: '2025-03-03T09:40:00+08:00',
        resumedAt: '2025-03-03T09:45:10+08:00',
        note: '电量耗尽，更换电池',
      },
      { reason: 'device_fault', from: '2025-03-03T10:00:00+08:00' },
    ]);
    expect(toInterruptions(undefined)).toEqual([]);
  });

  it('round-trips what the server stored, for an amendment', () => {
    const stored = [
      {
        reason: 'device_fault' as const,
        from: '2025-03-03T10:00:00+08:00',
        reportedTo: '大队长 李明',
        reportedAt: '2025-03-03T10:05:00+08:00',
        writtenExplanation: '记录仪死机，无法恢复',
      },
    ];
    expect(toInterruptions(toInterruptionValues(stored))).toEqual(stored);
  });
});

describe('situations and content from the linked text record', () => {
  const aCase: EnforcementCase = {
    id: 'c1',
    name: '案件',
    caseNumber: '常综执罚〔2025〕1号',
    actType: 'penalty',
    procedure: 'ordinary',
    launchMode: 'inspection',
    stage: 'investigation',
    majorDecision: false,
    parties: [],
    officers: [],
  } as unknown as EnforcementCase;

  const record = (overrides: Partial<CaseRecordView>): CaseRecordView => ({
    id: 'r1',
    caseId: 'c1',
    type: 'inquiry_transcript',
    madeAt: '2025-03-03T09:00:00+08:00',
    fields: {},
    signature: null,
    situations: [],
    confidentiality: 'ordinary',
    contentMasked: false,
    supersedesId: null,
    correctionReason: null,
    createdBy: 'u1',
    recordedAt: '2025-03-03T09:30:00+08:00',
    ...overrides,
  });

  it('takes what the record type implies, the marked ones and a refusal to sign', () => {
    expect(situationsOfRecord(record({}), aCase)).toEqual(['inquiry']);
    expect(
      situationsOfRecord(
        record({
          situations: ['non_cooperation'],
          signature: { kind: 'refused', note: '拒绝签字', at: '2025-03-03T09:20:00+08:00' },
        }),
        aCase,
      ),
    ).toEqual(['inquiry', 'non_cooperation', 'refusal_to_sign']);
    expect(
      situationsOfRecord(
        record({ type: 'proof_of_service', fields: { method: 'leaving' } }),
        aCase,
      ),
    ).toEqual(['service_leaving']);
  });

  it('adds to what the officer chose without repeating or reordering it', () => {
    expect(mergeSituations(['obstruction', 'inquiry'], ['inquiry', 'refusal_to_sign'])).toEqual([
      'obstruction',
      'inquiry',
      'refusal_to_sign',
    ]);
    expect(mergeSituations(undefined, ['inquiry'])).toEqual(['inquiry']);
  });

  it('words 记录内容 from the situation, without the parenthesis', () => {
    expect(contentOfSituation('inquiry')).toBe('询问');
    expect(contentOfSituation('on_site_inspection')).toBe('现场检查');
    expect(contentOfSituation('service_leaving')).toBe('留置送达');
  });
});

describe('server validation errors onto the AV forms', () => {
  it('puts nested interruption errors on their row with a numeric index', () => {
    expect(locateAvRecordParam(['interruptions', '1', 'from'])).toEqual([
      'interruptions',
      1,
      'from',
    ]);
    expect(locateAvRecordParam(['personsPresent', '2'])).toEqual(['personsPresent']);
    expect(locateAvRecordParam(['recordingEndedAt'])).toEqual(['recordingEndedAt']);
  });

  it('leaves to the message what has no field on the form', () => {
    expect(locateAvRecordParam(['interruptions'])).toBeUndefined();
    expect(locateAvRecordParam(['interruptions', 'x', 'from'])).toBeUndefined();
    expect(locateAvRecordParam(['evidenceObjectId'])).toBeUndefined();
    const evidenceNoteForm = avParamLocator(['usedAsEvidence', 'evidenceNoteRecordId', 'reason']);
    expect(evidenceNoteForm(['reason'])).toEqual(['reason']);
    expect(evidenceNoteForm(['place'])).toBeUndefined();
  });
});
