import { describe, expect, it } from 'vitest';
import {
  SERIAL_PATTERN,
  assignmentTimeProblem,
  canManageBodyCameras,
  bodyCameraName,
} from './body-camera-rules.ts';

const AGENCY = '0b0c6f0e-2f7a-4d6b-9a51-6f1c2d3e4f50';
const OTHER = '9d7e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('canManageBodyCameras', () => {
  it('lets the platform administrator manage any agency', () => {
    expect(canManageBodyCameras({ roles: ['admin'], agencyId: null }, AGENCY)).toBe(true);
  });

  it("lets the agency's heads and administrator manage their own agency only", () => {
    for (const role of ['agency_head', 'department_head', 'admin'] as const) {
      expect(canManageBodyCameras({ roles: [role], agencyId: AGENCY }, AGENCY)).toBe(true);
      expect(canManageBodyCameras({ roles: [role], agencyId: AGENCY }, OTHER)).toBe(false);
    }
  });

  it('leaves officers, archivists and supervisors reading', () => {
    expect(canManageBodyCameras({ roles: ['officer'], agencyId: AGENCY }, AGENCY)).toBe(false);
    expect(canManageBodyCameras({ roles: ['archivist'], agencyId: AGENCY }, AGENCY)).toBe(false);
    expect(canManageBodyCameras({ roles: ['supervisor'], agencyId: null }, AGENCY)).toBe(false);
  });
});

describe('assignmentTimeProblem', () => {
  const now = Date.parse('2026-03-03T10:00:00+08:00');

  it('accepts now and any time after the latest hand-over', () => {
    expect(assignmentTimeProblem(now, '2026-03-03T08:00:00+08:00', now)).toBeUndefined();
    expect(assignmentTimeProblem(now - 3_600_000, null, now)).toBeUndefined();
  });

  it('refuses a time in the future beyond a minute of clock difference', () => {
    expect(assignmentTimeProblem(now + 30_000, null, now)).toBeUndefined();
    expect(assignmentTimeProblem(now + 120_000, null, now)).toBe('领用时间不能晚于当前时间');
  });

  it('refuses a time before the latest hand-over', () => {
    expect(
      assignmentTimeProblem(
        Date.parse('2026-03-03T07:59:00+08:00'),
        '2026-03-03T08:00:00+08:00',
        now,
      ),
    ).toBe('不能早于上一次领用或归还的时间');
  });
});

describe('bodyCameraName', () => {
  it('names a camera by its label with the serial, or by the serial alone', () => {
    expect(bodyCameraName({ serial: 'DSJ-0001', label: '一中队 1 号' })).toBe(
      '一中队 1 号（DSJ-0001）',
    );
    expect(bodyCameraName({ serial: 'DSJ-0001', label: null })).toBe('DSJ-0001');
  });
});

describe('SERIAL_PATTERN', () => {
  it('takes the serials cameras print and refuses spaces, slashes and a leading mark', () => {
    expect(SERIAL_PATTERN.test('DSJ-CS-0001')).toBe(true);
    expect(SERIAL_PATTERN.test('A1.2024_x')).toBe(true);
    expect(SERIAL_PATTERN.test('DSJ 0001')).toBe(false);
    expect(SERIAL_PATTERN.test('DSJ/0001')).toBe(false);
    expect(SERIAL_PATTERN.test('-DSJ')).toBe(false);
  });
});
