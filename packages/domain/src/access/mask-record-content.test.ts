import { describe, expect, it } from 'vitest';
import { effectiveConfidentiality, maskRecordFields } from './mask-record-content.ts';

describe('masking inside a record', () => {
  const parties = [
    {
      residentId: '11010519491231002X',
      address: '北京市朝阳区某街道 1 号院 3 单元',
      phone: '13800001111',
    },
    { idDocument: { number: 'E12345678' } },
  ];

  it('hides identity and phone numbers wherever the clerk typed them, and the parties’ addresses and documents', () => {
    const masked = maskRecordFields(
      {
        statement:
          '当事人张三（身份证号 11010519491231002X，电话 138 0000 1111）住北京市朝阳区某街道 1 号院 3 单元，护照 E12345678；店铺座机 010-65551234。',
        witnesses: ['李四 13912345678', '王五'],
        nested: { note: '证件 44030119850101123x', count: 3, confirmed: true },
      },
      parties,
    );
    const statement = masked.statement as string;
    expect(statement).not.toContain('11010519491231002X');
    expect(statement).toContain('110105********002X');
    expect(statement).toContain('138****1111');
    expect(statement).not.toContain('1 号院 3 单元');
    expect(statement).toContain('北京市朝阳区****');
    expect(statement).not.toContain('E12345678');
    expect(statement).not.toContain('65551234');
    expect(statement).toContain('当事人张三');
    expect(masked.witnesses).toEqual(['李四 139****5678', '王五']);
    expect(masked.nested).toEqual({ note: '证件 440301********123x', count: 3, confirmed: true });
  });

  it('leaves other numbers alone: amounts, dates, case numbers', () => {
    const text =
      '罚款 2000 元，2025年3月3日，案号 京朝执罚〔2025〕12号，编号 12345678901234567890123。';
    expect(maskRecordFields({ text }, []).text).toBe(text);
  });

  it('takes the stricter of the case’s and the record’s level', () => {
    expect(effectiveConfidentiality('ordinary', 'trade_secret')).toBe('trade_secret');
    expect(effectiveConfidentiality('personal_privacy', 'ordinary')).toBe('personal_privacy');
    expect(effectiveConfidentiality('ordinary', 'ordinary')).toBe('ordinary');
  });
});
