import type { PlainDate } from '../calendar/plain-date.ts';
import type { Instant } from '../enforcement/instant.ts';
import type { Yuan } from '../money/yuan.ts';
import { recordTypeSpec } from '../records/catalogue/catalogue.ts';
import type { FieldSpec } from '../records/catalogue/spec.ts';
import type { RecordTypeId } from '../records/record-type-ids.ts';
import type { DocumentData, DocumentFacts } from './document-data.ts';

/**
 * Made-up data for every kind of document: what a template preview shows an administrator
 * who edits a template, and what the tests render each kind from. Every field of the kind
 * has a value, so a preview shows every line the template prints.
 */
export const SAMPLE_FACTS: DocumentFacts = {
  violationFacts: '当事人在天宁区东横街占道摆摊经营。',
  evidence: ['现场检查笔录一份', '询问笔录一份', '现场照片三张'],
  violations: [
    {
      conduct: '擅自占用城市道路摆摊设点',
      provisionViolated: '《城市市容和环境卫生管理条例》第十四条',
      provisionApplied: '《城市市容和环境卫生管理条例》第三十六条',
    },
  ],
  penalties: [
    { kindLabel: '警告', amount: null, description: null },
    { kindLabel: '罚款', amount: 50_000 as Yuan, description: null },
  ],
  performanceDays: 15,
  mitigation: null,
};

/** A value of the field's kind that names the field, so it can be found in the output. */
export function sampleFieldValue(field: FieldSpec): unknown {
  switch (field.kind) {
    case 'text':
      return `示例${field.label}`;
    case 'instant':
      return '2026-11-03T02:30:00.000Z';
    case 'date':
      return '2026-11-20';
    case 'people':
      return ['张执法', '李执法'];
    case 'list':
      return [`示例${field.label}一`, `示例${field.label}二`];
    case 'boolean':
      return true;
    case 'choice':
      return field.choices?.[0] ?? '';
  }
}

export function sampleRecordFields(kind: RecordTypeId): Record<string, unknown> {
  return Object.fromEntries(
    recordTypeSpec(kind).fields.map((field) => [field.key, sampleFieldValue(field)]),
  );
}

/** A document of `kind` for 张三 at 常州市天宁区综合行政执法局, every item filled. */
export function sampleDocumentData(
  kind: RecordTypeId,
  fields: Record<string, unknown> = sampleRecordFields(kind),
  overrides: Partial<DocumentData> = {},
): DocumentData {
  return {
    agency: { name: '常州市天宁区综合行政执法局' },
    case: { name: '张三占道经营案', number: '常综执〔2026〕12号' },
    parties: [
      {
        kind: 'natural_person',
        name: '张三',
        residentId: '11010519491231002X',
        address: '常州市天宁区东横街1号',
      },
    ],
    officers: [
      { userId: 'u-1', name: '李执法', certificateNumber: '32040001', role: 'handler' },
      { userId: 'u-2', name: '王协管', certificateNumber: '32040002', role: 'assisting' },
    ],
    record: { id: 'r-1', type: kind, createdAt: '2026-12-07T02:30:00.000Z' as Instant, fields },
    facts: SAMPLE_FACTS,
    remedies: { reconsiderationBody: '常州市天宁区人民政府', court: '常州市天宁区人民法院' },
    paymentInstructions: '请持本决定书到指定银行或通过非税收入电子缴款系统缴纳。',
    date: '2026-12-07' as PlainDate,
    number: null,
    ...overrides,
  };
}
