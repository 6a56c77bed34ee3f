import { describe, expect, it } from 'vitest';
import { accessHistoryCsv, accessHistoryItem } from './access-history.ts';

const entry = (data: object, action = 'av_record.accessed') => ({
  logId: 'agency-1',
  seq: 42,
  action,
  target: 'av_record:7d1c',
  recordedAt: new Date('2026-11-23T01:02:03.000Z'),
  body: JSON.stringify({ actor: { id: 'u1', username: 'cs.zhao' }, data }),
});

describe('the access history', () => {
  it('reads who, why and under which grant from the ledger entry', () => {
    expect(accessHistoryItem(entry({ purpose: 'view', reason: '复核', grantId: 'g1' }))).toEqual({
      logId: 'agency-1',
      seq: 42,
      at: '2026-11-23T01:02:03.000Z',
      action: 'av_record.accessed',
      label: '查看或下载音像记录',
      actor: { id: 'u1', username: 'cs.zhao', displayName: '' },
      target: 'av_record:7d1c',
      purpose: 'view',
      reason: '复核',
      grantId: 'g1',
      copyId: null,
    });
    // A request's own events are the grant.
    expect(
      accessHistoryItem(entry({ requestId: 'r9', reason: '比对' }, 'access.requested')),
    ).toMatchObject({ label: '提交调阅申请', grantId: 'r9' });
  });

  it('writes CSV that Excel opens as text, in Beijing time, and never runs a formula', () => {
    const csv = accessHistoryCsv([
      accessHistoryItem(
        entry({
          purpose: 'download',
          reason: '=HYPERLINK("x"),"复制"',
          copy: { copyId: '5e6f7a8b-1111-4222-8333-444455556666' },
        }),
      ),
    ]);
    expect(
      csv.startsWith(
        '\uFEFF时间（北京时间）,事项,人员,姓名,对象,用途,事由,调阅授权,留痕日志,序号,副本编号\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain('2026-11-23 09:02:03,查看或下载音像记录,cs.zhao,,av_record:7d1c,下载,');
    expect(csv).toContain(`"'=HYPERLINK(""x""),""复制"""`);
    expect(csv.endsWith(',agency-1,42,5e6f7a8b-1111-4222-8333-444455556666\r\n')).toBe(true);
  });
});
