import type { PlainDate } from '../../calendar/plain-date.ts';
import type { Instant } from '../../enforcement/instant.ts';
import type { Yuan } from '../../money/yuan.ts';
import type { CaseRecord } from '../../records/case-record.ts';
import type { RecordTypeId } from '../../records/record-type-ids.ts';
import type { DocumentData, DocumentFacts } from '../document-data.ts';

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

/** A 行政处罚决定书's data for 张三, with every item the law asks for. */
export function documentData(
  type: RecordTypeId = 'decision_document',
  fields: Record<string, unknown> = {
    facts: '2026年11月3日，当事人在天宁区东横街擅自占用城市道路摆摊设点经营。',
    reasons: '当事人的行为影响市容环境卫生，且经劝阻未改正。',
    legalBasis: '《城市市容和环境卫生管理条例》第十四条、第三十六条',
    decision: '给予警告，并处罚款。',
    headOpinion: '同意',
    issuedAt: '2026-12-07T02:00:00.000Z',
  },
  overrides: Partial<DocumentData> = {},
): DocumentData {
  const record: CaseRecord = {
    id: 'r-1',
    type,
    createdAt: '2026-12-07T02:30:00.000Z' as Instant,
    fields,
  };
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
    record,
    facts: SAMPLE_FACTS,
    remedies: { reconsiderationBody: '常州市天宁区人民政府', court: '常州市天宁区人民法院' },
    paymentInstructions: '请持本决定书到指定银行或通过非税收入电子缴款系统缴纳。',
    date: '2026-12-07' as PlainDate,
    number: null,
    ...overrides,
  };
}
