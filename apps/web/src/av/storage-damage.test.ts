import { describe, expect, it } from 'vitest';
import { chinaWallClock } from '../cases/china-time.ts';
import type { AvRecordView } from './av-api.ts';
import {
  storageDamageAct,
  toStorageDamage,
  toStorageDamageValue,
  type StorageDamageView,
} from './storage-damage.ts';

const recordWith = (storageDamage: StorageDamageView | null) =>
  ({ storageDamage }) as unknown as AvRecordView;

const found: StorageDamageView = {
  foundAt: '2026-03-03T09:30:00+08:00',
  description: '文件后半段无法播放',
};

describe('what the damage found in storage awaits (000 第十六条)', () => {
  it('is registered first, then reported to the head with a written note', () => {
    expect(storageDamageAct(recordWith(null))).toBe('register');
    expect(storageDamageAct(recordWith(found))).toBe('report');
    const reported = { ...found, reportedTo: '陈队长', reportedAt: '2026-03-03T09:50:00+08:00' };
    expect(storageDamageAct(recordWith(reported))).toBe('report');
    expect(storageDamageAct(recordWith({ ...reported, writtenNote: '  ' }))).toBe('report');
    expect(
      storageDamageAct(recordWith({ ...reported, writtenNote: '已书面说明' })),
    ).toBeUndefined();
  });

  it('counts a report only with both whom and when', () => {
    const noName = { ...found, reportedAt: '2026-03-03T09:50:00+08:00', writtenNote: '说明' };
    expect(storageDamageAct(recordWith(noName))).toBe('report');
  });
});

describe('the damage between the form and the API', () => {
  it('sends China wall-clock times with +08:00 and leaves out what is blank', () => {
    expect(
      toStorageDamage({
        foundAt: chinaWallClock('2026-03-03T01:30:00Z'),
        description: ' 文件后半段无法播放 ',
        reportedTo: ' ',
        reportedAt: null,
        writtenNote: '',
      }),
    ).toEqual({ foundAt: '2026-03-03T09:30:00+08:00', description: '文件后半段无法播放' });
    expect(
      toStorageDamage({
        foundAt: chinaWallClock('2026-03-03T01:30:00Z'),
        description: '无法存储',
        reportedTo: '陈队长',
        reportedAt: chinaWallClock('2026-03-03T01:50:00Z'),
        writtenNote: '已书面说明',
      }),
    ).toEqual({
      foundAt: '2026-03-03T09:30:00+08:00',
      description: '无法存储',
      reportedTo: '陈队长',
      reportedAt: '2026-03-03T09:50:00+08:00',
      writtenNote: '已书面说明',
    });
  });

  it('puts a registered damage back into the form and out again unchanged', () => {
    const full = {
      ...found,
      reportedTo: '陈队长',
      reportedAt: '2026-03-03T09:50:00+08:00',
      writtenNote: '已书面说明',
    };
    expect(toStorageDamage(toStorageDamageValue(full))).toEqual(full);
    expect(toStorageDamage(toStorageDamageValue(found))).toEqual(found);
    expect(toStorageDamageValue(null)).toEqual({});
  });
});
