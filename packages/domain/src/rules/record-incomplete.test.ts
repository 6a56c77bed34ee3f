import { describe, expect, it } from 'vitest';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import { recordIncomplete } from './record-incomplete.ts';
import { aCase, aContext, aRecord } from './test-support/rule-fixture.ts';

const inquiry = {
  officers: ['张三', '李四'],
  certificateNumbers: ['ZJ-330100-001', 'ZJ-330100-002'],
  certificateShown: '已出示',
  intervieweeInformation: '王五，某某公司法定代表人',
  inquiredAt: '2025-03-03T09:00:00+08:00',
  place: '询问室',
  content: '问：……答：……',
};

describe('record-incomplete', () => {
  it('is silent for a complete record', () => {
    const record = aRecord('inquiry_transcript', { fields: inquiry });
    expect(recordIncomplete.check(aContext({ records: [record] }))).toEqual([]);
  });

  it('lists the missing items of a record, on its stage and about it', () => {
    const record = aRecord('inquiry_transcript', {
      fields: { ...inquiry, inquiredAt: undefined, place: '' },
    });
    const [finding, ...rest] = recordIncomplete.check(
      aContext({ records: [record], profile: seed000Profile }),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'record-incomplete',
      severity: 'missing',
      stage: 'investigation',
      subjectId: record.id,
    });
    expect(finding?.message).toBe(
      `《询问（调查）笔录》（2025-03-03 10:00 制作）缺少以下内容：询问的时间；询问的地点。请补充完整。`,
    );
  });

  it('reports on the record’s own stage, whatever the case’s stage', () => {
    const record = aRecord('head_approval', { fields: { opinion: '同意' } });
    const findings = recordIncomplete.check(
      aContext({ enforcementCase: aCase({ stage: 'archiving' }), records: [record] }),
    );
    expect(findings.map((f) => [f.stage, f.message])).toEqual([
      [
        'decision',
        `《负责人审批记录》（2025-03-03 10:00 制作）缺少以下内容：负责人签名。请补充完整。`,
      ],
    ]);
  });

  it('reports items only other seeds name apart, as advice citing them', () => {
    // 询问的时间 and 询问的地点 are named by 000 第七条 alone: they bind a 000 agency only.
    const record = aRecord('inquiry_transcript', {
      fields: { ...inquiry, inquiredAt: undefined, certificateNumbers: [] },
    });
    const findings = recordIncomplete.check(
      aContext({ records: [record], profile: seed003Profile }),
    );
    expect(findings.map((f) => [f.severity, f.citations])).toEqual([
      ['missing', [{ seed: '003', article: '第十二条' }]],
      ['advice', [{ seed: '000', article: '第七条' }]],
    ]);
    expect(findings[0]?.message).toContain('缺少以下内容：执法证件编号。');
    expect(findings[1]?.message).toBe(
      '《询问（调查）笔录》（2025-03-03 10:00 制作）未载明：询问的时间。本机关适用的规定未要求载明，《柳林镇记录制度》要求载明，可参考补充。',
    );
  });

  it('cites the article of the profile’s seed that names the item, or all that do', () => {
    const record = aRecord('inquiry_transcript', {
      fields: { ...inquiry, certificateNumbers: [] },
    });
    const citationsUnder = (profile: PolicyProfile) =>
      recordIncomplete.check(aContext({ records: [record], profile }))[0]?.citations;
    expect(citationsUnder(seed000Profile)).toEqual([{ seed: '000', article: '第七条' }]);
    expect(citationsUnder(seed001Profile)).toEqual([{ seed: '001', article: '第五条' }]);
    expect(citationsUnder(seed003Profile)).toEqual([{ seed: '003', article: '第十二条' }]);
    // 004 says nothing of certificate numbers in a transcript: the union is cited.
    expect(citationsUnder(seed004Profile)).toEqual([
      { seed: '000', article: '第七条' },
      { seed: '001', article: '第五条' },
      { seed: '002', article: '第五条' },
      { seed: '003', article: '第十二条' },
    ]);
  });

  it('asks for the legal review on the decision document of a major decision only', () => {
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
    expect(recordIncomplete.check(aContext({ records: [decision] }))).toEqual([]);
    const major = recordIncomplete.check(
      aContext({
        enforcementCase: aCase({ majorDecision: true }),
        records: [decision],
        profile: seed004Profile,
      }),
    );
    expect(major.map((f) => f.message)).toEqual([
      `《行政执法决定书》（2025-03-03 10:00 制作）缺少以下内容：法制机构审核意见；审核人。请补充完整。`,
    ]);
    expect(major[0]?.citations).toEqual([
      { seed: '004', document: '行政执法全过程记录制度', article: '第九条' },
    ]);
  });

  it('leaves proofs of service and AV evidence notes to their own rules', () => {
    const records = [aRecord('proof_of_service'), aRecord('av_evidence_note')];
    expect(recordIncomplete.check(aContext({ records }))).toEqual([]);
  });

  it('reports each incomplete record separately', () => {
    const records = [aRecord('archive_record'), aRecord('demand_notice')];
    const findings = recordIncomplete.check(aContext({ records, profile: seed000Profile }));
    expect(findings.map((f) => [f.subjectId, f.stage])).toEqual([
      [records[0]?.id, 'archiving'],
      [records[1]?.id, 'service_and_execution'],
    ]);
  });
});
