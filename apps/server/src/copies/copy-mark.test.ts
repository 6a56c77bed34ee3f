import { describe, expect, it } from 'vitest';
import { isCopyId, MARK_SEPARATOR, markLabel, markText } from './copy-mark.ts';
import { SAMPLE_MARK } from './test-support/sample-mark.ts';

const mark = SAMPLE_MARK;

describe('markText', () => {
  it('names the requester, the grant, the Beijing time, the copy and the agency', () => {
    expect(markText(mark)).toEqual({
      chinese:
        '留痕副本 仅供张三（zhangsan）使用 · 授权 1a2b3c4d · 2026-11-23 14:05 北京时间 · 副本 5e6f7a8b · 某某市市场监督管理局',
      ascii: 'LIUHEN COPY for zhangsan · grant 1a2b3c4d · 2026-11-23 14:05 +08:00 · copy 5e6f7a8b',
    });
  });

  it('says own permission when there is no grant', () => {
    const { chinese, ascii } = markText({ ...mark, grant: null });
    expect(chinese.split(MARK_SEPARATOR)[1]).toBe('本人权限');
    expect(ascii.split(MARK_SEPARATOR)[1]).toBe('own permission');
    expect(chinese).not.toContain('授权');
  });

  it('marks a party copy 复制件 with the party it is handed to and the clerk who hands it', () => {
    const { chinese, ascii } = markText({ ...mark, forParty: { name: '王\n五' } });
    expect(chinese.split(MARK_SEPARATOR)[0]).toBe('复制件 交当事人王 五 经办人张三（zhangsan）');
    expect(ascii.startsWith('LIUHEN PARTY COPY by zhangsan')).toBe(true);
    expect(markLabel({ ...mark, forParty: { name: '王五' } })).toBe('复制件');
    expect(markLabel(mark)).toBe('留痕副本');
  });

  it('gives the date in China, which is the next day late in the UTC evening', () => {
    const late = markText({ ...mark, issuedAt: new Date('2026-12-31T17:30:00Z') });
    expect(late.chinese).toContain('2027-01-01 01:30 北京时间');
    expect(late.ascii).toContain('2027-01-01 01:30 +08:00');
  });

  it('keeps the mark on one line whatever was typed into the name', () => {
    const { chinese } = markText({ ...mark, requesterName: '张\n三\t', agencyName: ' 某局\r\n' });
    expect(chinese).not.toMatch(/[\r\n\t]/);
    expect(chinese).toContain('仅供张 三（zhangsan）使用');
    expect(chinese.endsWith(' · 某局')).toBe(true);
  });
});

describe('isCopyId', () => {
  it('accepts UUIDs only, so a copy id cannot name a path', () => {
    expect(isCopyId(mark.copyId)).toBe(true);
    expect(isCopyId(crypto.randomUUID())).toBe(true);
    expect(isCopyId('../5e6f7a8b-1111-4222-8333-444455556666')).toBe(false);
    expect(isCopyId('5e6f7a8b')).toBe(false);
  });
});
