import { describe, expect, it } from 'vitest';
import type { StorageDamage } from '../records/av-record.ts';
import { avStorageDamageUnreportedRule } from './av-storage-damage-unreported.ts';
import { aContext, anAvRecord, PROFILES } from './test-support/rule-fixture.ts';

const found = '2025-03-03T15:00:00+08:00';
function check(
  damage: StorageDamage,
  now = '2025-03-10T09:00:00+08:00',
  seed: keyof typeof PROFILES = '000',
) {
  return avStorageDamageUnreportedRule.check(
    aContext({
      profile: PROFILES[seed],
      now,
      avRecords: [anAvRecord({ id: 'av-damaged', storageDamage: damage })],
    }),
  );
}
const damage = { foundAt: found, description: '文件无法播放' };
const note = '拷贝时存储卡损坏，文件后半段无法读取';

describe('av-storage-damage-unreported (000 第十六条)', () => {
  it('damage not yet reported is due within the hour, missing after; the note is missing until filed', () => {
    const open = check(damage, '2025-03-03T15:30:00+08:00');
    expect(open.map((f) => f.severity)).toEqual(['due', 'missing']);
    expect(open[0]).toMatchObject({
      dueAt: '2025-03-03T08:00:00.000Z',
      citations: [{ seed: '000', article: '第十六条' }],
      subjectId: 'av-damaged',
    });
    expect(check({ ...damage, writtenNote: note })[0]!.severity).toBe('missing');
  });

  it('a report within the hour with the note filed is done; a later report is a violation', () => {
    expect(
      check({ ...damage, reportedAt: '2025-03-03T15:40:00+08:00', writtenNote: note }),
    ).toEqual([]);
    const [late] = check({ ...damage, reportedAt: '2025-03-03T17:00:00+08:00', writtenNote: note });
    expect(late!.severity).toBe('violation');
    expect(late!.message).toContain('迟延 1 小时');
  });

  it('is a duty of 000 only', () => {
    for (const seed of ['001', '002', '003', '004'] as const) {
      expect(check(damage, undefined, seed)).toEqual([]);
    }
  });
});
