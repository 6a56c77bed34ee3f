import { describe, expect, it } from 'vitest';
import type { Instant } from '../enforcement/instant.ts';
import { deliveryReceiptLayout } from './delivery-receipt.ts';

describe('电子送达回执', () => {
  const layout = deliveryReceiptLayout({
    agencyName: '常山县综合行政执法局',
    documentTitle: '行政处罚决定书',
    documentNumber: '常综执罚决字〔2026〕第1号',
    documentSha256: 'ab'.repeat(32),
    recipientName: '王五',
    address: '手机 139 0000 0000',
    consent: '当事人于2026年12月1日签署电子送达地址确认书',
    sentAt: '2026-12-07T01:00:00.000Z' as Instant,
    sentByName: '张三',
    deliveredAt: '2026-12-07T16:30:00.000Z' as Instant,
    deliveredFrom: '203.0.113.7',
  });

  it('states the document by number and digest, and when it reached the party, in China time', () => {
    const fields = layout.blocks[0];
    expect(fields?.type).toBe('fields');
    const rows =
      fields?.type === 'fields'
        ? Object.fromEntries(fields.rows.map((r) => [r.label, r.value]))
        : {};
    expect(rows['文号']).toBe('常综执罚决字〔2026〕第1号');
    expect(rows['文件摘要（SHA-256）']).toBe('ab'.repeat(32));
    expect(rows['发送时间']).toBe('2026年12月7日9时00分');
    // 16:30 UTC is half past midnight the next day in China: the receipt is dated then.
    expect(rows['送达时间']).toBe('2026年12月8日0时30分');
    expect(layout.closing?.date).toBe('2026年12月8日');
    expect(layout.draft).toBe(false);
  });
});
