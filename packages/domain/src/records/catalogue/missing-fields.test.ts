import { describe, expect, it } from 'vitest';
import { aCase, aRecord } from '../../rules/test-support/rule-fixture.ts';
import { isFieldPresent, missingFields } from './missing-fields.ts';
import type { FieldSpec } from './spec.ts';

const keys = (fields: readonly FieldSpec[]) => fields.map((f) => f.key);

const completeInquiry = {
  officers: ['张三', '李四'],
  certificateNumbers: ['ZJ-330100-001', 'ZJ-330100-002'],
  certificateShown: '已向被询问人出示执法证件',
  intervieweeInformation: '王五，男，1980年生，某某公司法定代表人',
  inquiredAt: '2025-03-03T09:00:00+08:00',
  place: '常山县综合行政执法局询问室',
  content: '问：……答：……',
};

describe('missingFields', () => {
  it('is empty for a complete inquiry transcript', () => {
    expect(
      missingFields(aRecord('inquiry_transcript', { fields: completeInquiry }), aCase()),
    ).toEqual([]);
  });

  it('lists every required field of an empty record, in catalogue order, and no optional one', () => {
    const missing = missingFields(aRecord('inquiry_transcript'), aCase());
    expect(keys(missing)).toEqual([
      'officers',
      'certificateNumbers',
      'certificateShown',
      'intervieweeInformation',
      'inquiredAt',
      'place',
      'content',
    ]);
  });

  it('treats blank text, empty lists and malformed instants as absent', () => {
    const record = aRecord('inquiry_transcript', {
      fields: {
        ...completeInquiry,
        place: '   ',
        officers: ['', ' '],
        certificateNumbers: [],
        inquiredAt: '2025-03-03 09:00',
      },
    });
    expect(keys(missingFields(record, aCase()))).toEqual([
      'officers',
      'certificateNumbers',
      'inquiredAt',
      'place',
    ]);
  });

  it('accepts one name for a people field', () => {
    const record = aRecord('inquiry_transcript', {
      fields: { ...completeInquiry, officers: '张三' },
    });
    expect(missingFields(record, aCase())).toEqual([]);
  });

  it('refuses a date that does not exist and a choice outside the list', () => {
    const archive = aRecord('archive_record', {
      fields: {
        archiveNumber: '2025-XZ-0012',
        category: '行政处罚',
        retentionPeriod: '30年',
        startedOn: '2025-02-30',
        endedOn: '2025-04-01',
      },
    });
    expect(keys(missingFields(archive, aCase()))).toEqual(['startedOn']);
    const execution = aRecord('compulsory_execution_record', {
      fields: { method: '加处罚款或滞纳金', execution: '已加处罚款' },
    });
    expect(keys(missingFields(execution, aCase()))).toEqual(['method']);
  });

  it('asks for the legal office opinion on a launch approval form only for a major decision', () => {
    const form = aRecord('launch_approval_form', {
      fields: {
        launchReason: '巡查发现',
        partyInformation: '某某公司',
        handlerOpinion: '建议立案',
        departmentOpinion: '同意',
        legalBasis: '《某某条例》第十条',
        headOpinion: '同意立案',
      },
    });
    expect(missingFields(form, aCase({ majorDecision: false }))).toEqual([]);
    expect(keys(missingFields(form, aCase({ majorDecision: true })))).toEqual([
      'legalReviewOpinion',
    ]);
  });

  it('asks for the legal review on a decision document only for a major decision', () => {
    const decision = aRecord('decision_document', {
      fields: {
        facts: '……',
        reasons: '……',
        legalBasis: '……',
        decision: '罚款五千元',
        headOpinion: '同意',
        issuedAt: '2025-03-20T10:00:00+08:00',
      },
    });
    expect(missingFields(decision, aCase())).toEqual([]);
    expect(keys(missingFields(decision, aCase({ majorDecision: true })))).toEqual([
      'legalReviewOpinion',
      'legalReviewer',
    ]);
  });

  it('asks for the complainant only when the complaint was made in their real name', () => {
    const intake = aRecord('complaint_intake', {
      fields: {
        receivedAt: '2025-03-01T10:00:00+08:00',
        allegation: '某某公司夜间施工扰民',
        reviewResult: '需要查处',
      },
    });
    expect(missingFields(intake, aCase({ launchMode: 'complaint' }))).toEqual([]);
    expect(
      keys(missingFields(intake, aCase({ launchMode: 'complaint', complainantRealName: true }))),
    ).toEqual(['complainant']);
  });

  it('never requires an item of the AV evidence note (the profile decides)', () => {
    expect(missingFields(aRecord('av_evidence_note'), aCase())).toEqual([]);
  });
});

describe('missingFields on a proof of service', () => {
  const common = {
    documentServed: '行政处罚决定书',
    recipient: '某某公司',
    servedAt: '2025-03-21T10:00:00+08:00',
  };
  const proof = (fields: Record<string, unknown>) =>
    missingFields(aRecord('proof_of_service', { fields: { ...common, ...fields } }), aCase());

  it('without a method, asks for the method only (the rest depends on it)', () => {
    expect(keys(proof({}))).toEqual(['method']);
    expect(keys(proof({ method: 'courier' }))).toEqual(['method']);
  });

  it('asks for personal service: place and both signatures', () => {
    expect(keys(proof({ method: 'personal' }))).toEqual([
      'place',
      'serverSignature',
      'recipientSignature',
    ]);
  });

  it('asks for service by leaving: refusal, witness, place', () => {
    expect(keys(proof({ method: 'leaving', serverSignature: '张三' }))).toEqual([
      'place',
      'refusalReason',
      'refusalDate',
      'witnessSignature',
    ]);
  });

  it('asks for entrusted service: the reason and the agent’s and recipient’s signatures', () => {
    expect(
      keys(proof({ method: 'entrusted', place: '某某街道办事处', serverSignature: '张三' })),
    ).toEqual(['recipientSignature', 'agentSignature', 'entrustReason']);
  });

  it('asks for postal service receipts, but not the return receipt of a returned letter', () => {
    const posted = {
      method: 'postal',
      postalService: '邮政特快专递',
      postingRegistration: '寄件登记第12号',
      postingReceipt: 'EMS 1234567890',
    };
    expect(keys(proof(posted))).toEqual(['returnReceipt']);
    expect(proof({ ...posted, returnedByPost: '查无此人，邮件退回' })).toEqual([]);
    expect(keys(proof({ ...posted, postalService: '平信' }))).toEqual([
      'postalService',
      'returnReceipt',
    ]);
  });

  it('asks for fax time and number and how the fax was recorded', () => {
    expect(keys(proof({ method: 'fax' }))).toEqual([
      'faxSentAt',
      'recipientFaxNumber',
      'confirmationRecord',
    ]);
  });

  it('asks for public notice: why other methods failed, medium, the notice, reason and course', () => {
    expect(keys(proof({ method: 'public_notice', confirmationRecord: '截屏截图' }))).toEqual([
      'otherMethodsFailed',
      'noticeMedium',
      'writtenNotice',
      'reasonAndProcess',
    ]);
  });
});

describe('isFieldPresent', () => {
  const spec = (kind: FieldSpec['kind'], choices?: string[]): FieldSpec => ({
    key: 'x',
    label: '某项',
    kind,
    citations: [{ seed: '000', article: '第七条' }],
    required: true,
    ...(choices === undefined ? {} : { choices }),
  });

  it('takes false as an answer to a yes-or-no field', () => {
    expect(isFieldPresent(spec('boolean'), false)).toBe(true);
    expect(isFieldPresent(spec('boolean'), 'false')).toBe(false);
    expect(isFieldPresent(spec('boolean'), undefined)).toBe(false);
  });

  it('reads instants with an offset only', () => {
    expect(isFieldPresent(spec('instant'), '2025-03-03T09:00:00Z')).toBe(true);
    expect(isFieldPresent(spec('instant'), '2025-03-03T09:00:00')).toBe(false);
    expect(isFieldPresent(spec('instant'), 1_741_000_000_000)).toBe(false);
  });

  it('accepts structured list entries', () => {
    expect(isFieldPresent(spec('list'), [{ name: '样品一', quantity: 2 }])).toBe(true);
    expect(isFieldPresent(spec('list'), [null])).toBe(false);
    expect(isFieldPresent(spec('list'), '样品一')).toBe(false);
  });

  it('accepts only the listed choices', () => {
    expect(isFieldPresent(spec('choice', ['甲', '乙']), '乙')).toBe(true);
    expect(isFieldPresent(spec('choice', ['甲', '乙']), '丙')).toBe(false);
  });
});
