import { describe, expect, it } from 'vitest';
import {
  captureSpanText,
  deadlineTag,
  bodyCameraText,
  durationOfImport,
  registrationPrefill,
} from './import-format.ts';

const NOW = Date.parse('2026-03-03T10:00:00+08:00');
const HOUR = 3_600_000;
const at = (offsetHours: number) => new Date(NOW + offsetHours * HOUR).toISOString();

describe('deadlineTag', () => {
  it('shows nothing for a file with no deadline (placed, registered, dismissed)', () => {
    expect(deadlineTag({ dueAt: null, overdue: false }, NOW)).toBeNull();
  });

  it('counts the hours left, orange in the last six', () => {
    expect(deadlineTag({ dueAt: at(20.5), overdue: false }, NOW)).toEqual({
      color: 'blue',
      text: '剩余 20 小时',
    });
    expect(deadlineTag({ dueAt: at(5.9), overdue: false }, NOW)).toEqual({
      color: 'orange',
      text: '剩余 5 小时',
    });
    expect(deadlineTag({ dueAt: at(0.4), overdue: false }, NOW)).toEqual({
      color: 'orange',
      text: '剩余不足 1 小时',
    });
  });

  it('counts days beyond two days (a deadline in working days over a weekend)', () => {
    expect(deadlineTag({ dueAt: at(75), overdue: false }, NOW)?.text).toBe('剩余 3 天');
  });

  it('says 逾期 in red once passed, with the hours late', () => {
    expect(deadlineTag({ dueAt: at(-3.2), overdue: true }, NOW)).toEqual({
      color: 'red',
      text: '逾期 3 小时',
    });
    expect(deadlineTag({ dueAt: at(-0.2), overdue: true }, NOW)).toEqual({
      color: 'red',
      text: '逾期',
    });
  });

  it("takes the server's word that a file is overdue even if this clock lags", () => {
    expect(deadlineTag({ dueAt: at(0.1), overdue: true }, NOW)?.color).toBe('red');
  });
});

describe('captureSpanText', () => {
  it('shows the end without its date on the same day, in Beijing time', () => {
    expect(
      captureSpanText({
        capturedFrom: '2026-03-03T01:30:00Z',
        capturedUntil: '2026-03-03T01:42:10Z',
      }),
    ).toBe('2026-03-03 09:30 – 09:42');
  });

  it('keeps the date across midnight, and copes with missing times', () => {
    expect(
      captureSpanText({
        capturedFrom: '2026-03-03T15:50:00Z',
        capturedUntil: '2026-03-03T16:10:00Z',
      }),
    ).toBe('2026-03-03 23:50 – 2026-03-04 00:10');
    expect(captureSpanText({ capturedFrom: '2026-03-03T01:30:00Z', capturedUntil: null })).toBe(
      '2026-03-03 09:30',
    );
    expect(captureSpanText({ capturedFrom: null, capturedUntil: null })).toBe('拍摄时间不详');
  });
});

describe('durationOfImport', () => {
  it("prefers the file's own length, else the capture span", () => {
    expect(
      durationOfImport({
        media: { durationSeconds: 12.4 },
        capturedFrom: '2026-03-03T01:30:00Z',
        capturedUntil: '2026-03-03T01:40:00Z',
      }),
    ).toBe(12.4);
    expect(
      durationOfImport({
        media: null,
        capturedFrom: '2026-03-03T01:30:00Z',
        capturedUntil: '2026-03-03T01:31:05Z',
      }),
    ).toBe(65);
    expect(durationOfImport({ media: null, capturedFrom: null, capturedUntil: null })).toBe(
      undefined,
    );
  });
});

describe('registrationPrefill', () => {
  const bodyCamera = { id: 'd', serial: 'DSJ-0001', label: '一中队 1 号', model: null };

  it('takes the capture span and the registered serial', () => {
    expect(
      registrationPrefill({
        capturedFrom: '2026-03-03T01:30:00Z',
        capturedUntil: '2026-03-03T01:31:00Z',
        media: { durationSeconds: 60 },
        deviceSerial: 'DSJ-0001',
        bodyCamera,
      }),
    ).toEqual({
      recordingStartedAt: '2026-03-03T01:30:00Z',
      recordingEndedAt: '2026-03-03T01:31:00Z',
      deviceSerial: 'DSJ-0001',
    });
  });

  it('works the end out from the duration when only the start is known', () => {
    expect(
      registrationPrefill({
        capturedFrom: '2026-03-03T01:30:00.000Z',
        capturedUntil: null,
        media: { durationSeconds: 61.6 },
        deviceSerial: 'X-9',
        bodyCamera: null,
      }),
    ).toEqual({
      recordingStartedAt: '2026-03-03T01:30:00.000Z',
      recordingEndedAt: '2026-03-03T01:31:02.000Z',
      deviceSerial: 'X-9',
    });
  });

  it('leaves out what is not known', () => {
    expect(
      registrationPrefill({
        capturedFrom: null,
        capturedUntil: null,
        media: null,
        deviceSerial: '',
        bodyCamera: null,
      }),
    ).toEqual({});
  });
});

describe('bodyCameraText', () => {
  it('names a registered camera by its label or serial, and marks an unknown serial', () => {
    expect(
      bodyCameraText({
        bodyCamera: { id: 'd', serial: 'S1', label: '1 号', model: null },
        deviceSerial: 'S1',
      }),
    ).toBe('1 号');
    expect(
      bodyCameraText({
        bodyCamera: { id: 'd', serial: 'S1', label: null, model: null },
        deviceSerial: 'S1',
      }),
    ).toBe('S1');
    expect(bodyCameraText({ bodyCamera: null, deviceSerial: 'S9' })).toBe('S9（未登记）');
  });
});
