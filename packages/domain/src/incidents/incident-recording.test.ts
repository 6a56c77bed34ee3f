import { describe, expect, it } from 'vitest';
import { AvFileNameError, parseAvFileName } from '../av/av-file-name.ts';
import { parsePlainDate } from '../calendar/plain-date.ts';
import { nationalBaselineProfile } from '../profiles/national-baseline.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import { retentionOf } from '../retention/retention-of.ts';
import { INCIDENT_KINDS, incidentSituation, type IncidentKind } from './incident-kind.ts';
import {
  incidentRecordingName,
  incidentRecordingRetentionSubject,
  nextIncidentSequence,
  recordingDay,
} from './incident-recording.ts';

const day = parsePlainDate('2025-03-03');

describe('the name of a recording on an incident (004 第十八条 标明案号（或事件名称）)', () => {
  const incident = { name: '3·03 天马街道群体性聚集', kind: 'mass_incident' as const };

  it('puts the incident where the standard name puts the case, and reads back', () => {
    const name = incidentRecordingName({
      incident,
      date: day,
      sequence: 2,
      handlerName: '张三',
      extension: 'mp4',
    });
    expect(name).toBe('3·03 天马街道群体性聚集_20250303_02_张三_处置群体性事件.mp4');
    expect(parseAvFileName(name)).toMatchObject({ caseName: incident.name, sequence: 2 });
  });

  it('numbers the day after the highest number already given that day, whatever moved since', () => {
    const named = (date: string, sequence: number) =>
      incidentRecordingName({
        incident,
        date: parsePlainDate(date),
        sequence,
        handlerName: '李四',
        extension: 'mp4',
      });
    const existing = [named('2025-03-03', 1), named('2025-03-03', 3), named('2025-03-04', 7)];
    expect(nextIncidentSequence(existing, day)).toBe(4);
    expect(nextIncidentSequence(existing, parsePlainDate('2025-03-05'))).toBe(1);
    expect(nextIncidentSequence(['DSJ_0001.MP4'], day)).toBe(1);
  });

  it('refuses a hundredth recording of one day as the two-digit number cannot hold it', () => {
    expect(() =>
      incidentRecordingName({
        incident,
        date: day,
        sequence: 100,
        handlerName: '张三',
        extension: 'mp4',
      }),
    ).toThrow(AvFileNameError);
  });

  it('counts the day the recording began, Beijing time, else the day it was docked', () => {
    expect(
      recordingDay({ capturedFrom: '2025-03-02T16:30:00Z', importedAt: '2025-03-05T01:00:00Z' }),
    ).toBe('2025-03-03');
    expect(recordingDay({ importedAt: '2025-03-05T01:00:00Z' })).toBe('2025-03-05');
  });
});

describe('how long a recording on an incident is kept', () => {
  const keep = (kind: IncidentKind, profile: Parameters<typeof retentionOf>[1]) =>
    retentionOf(incidentRecordingRetentionSubject(kind, day), profile);

  it.each([
    ['004 第二十条(三)', seed004Profile, '004'],
    ['002 第八条(四)', seed002Profile, '002'],
    ['003 第三十二条(三)', seed003Profile, '003'],
  ] as const)(
    'a 重大突发事件 or 群体性事件 is kept for ever under %s',
    (_article, profile, seed) => {
      for (const kind of ['major_emergency', 'mass_incident'] as const) {
        const decision = keep(kind, profile);
        expect(decision.kind).toBe('permanent');
        const decisive = decision.reasons.filter((reason) => reason.decisive);
        expect(decisive.map((reason) => reason.rule)).toEqual(['permanent_category']);
        expect(decisive[0]!.citations[0]).toMatchObject({ seed });
        expect(decisive[0]!.explanation).toContain('处置重大突发事件、群体性事件');
      }
    },
  );

  it.each([
    [seed004Profile, '2025-09-03'],
    [seed002Profile, '2027-03-03'],
    [seed003Profile, '2027-03-03'],
  ] as const)(
    'a special operation or other incident is kept the minimum (%#)',
    (profile, until) => {
      for (const kind of ['special_operation', 'other'] as const) {
        expect(keep(kind, profile)).toMatchObject({ kind: 'until', retainUntil: until });
      }
    },
  );

  it('is left to the agency where the regulation lists neither (000, 001, the baseline)', () => {
    for (const profile of [seed000Profile, seed001Profile, nationalBaselineProfile]) {
      expect(keep('major_emergency', profile).kind).toBe('agency_decides');
    }
  });

  it('ties each kind to its situation in 004 第十二条', () => {
    expect(INCIDENT_KINDS.map(incidentSituation)).toEqual([
      'major_incident',
      'major_incident',
      'special_operation',
      undefined,
    ]);
  });
});
