import { describe, expect, it } from 'vitest';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { seed004Profile, SEED_004_RECORDING } from '../profiles/seed-004.ts';
import { serviceProofIncomplete } from './service-proof-incomplete.ts';
import { aContext, aRecord } from './test-support/rule-fixture.ts';

const common = {
  documentServed: '行政处罚决定书',
  recipient: '某某公司',
  servedAt: '2025-03-21T10:00:00+08:00',
};
const personal = {
  ...common,
  method: 'personal',
  place: '某某公司办公室',
  serverSignature: '张三',
  recipientSignature: '王五',
};

function check(fields: Record<string, unknown>, profile: PolicyProfile = seed003Profile) {
  const record = aRecord('proof_of_service', { fields });
  return {
    record,
    findings: serviceProofIncomplete.check(aContext({ records: [record], profile })),
  };
}

const at = (seed: '000' | '001' | '002' | '003', article: string) => ({ seed, article });
const a004 = { seed: '004', document: SEED_004_RECORDING, article: '第十条' };

describe('service-proof-incomplete', () => {
  it('is silent for a complete proof of personal service', () => {
    expect(check(personal).findings).toEqual([]);
  });

  it('ignores other records', () => {
    const records = [aRecord('inquiry_transcript'), aRecord('demand_notice')];
    expect(serviceProofIncomplete.check(aContext({ records }))).toEqual([]);
  });

  it('asks for the method when it is missing or unknown, naming the valid ones', () => {
    for (const method of [undefined, '快递', '']) {
      const { record, findings } = check({ ...common, method });
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        ruleId: 'service-proof-incomplete',
        severity: 'missing',
        stage: 'service_and_execution',
        subjectId: record.id,
      });
      expect(findings[0]?.message).toContain('未注明有效的送达方式');
      expect(findings[0]?.message).toContain('直接送达、邮寄送达');
    }
  });

  it('also lists common items missing beside the method', () => {
    const { findings } = check({ documentServed: '催告书' }, seed000Profile);
    expect(findings[0]?.message).toContain('另缺少：受送达人；送达的时间。');
  });

  it('names the method and its missing items', () => {
    const { record, findings } = check({ ...common, method: 'leaving', place: '住所' });
    expect(findings.map((f) => f.message)).toEqual([
      `《送达回证》（2025-03-03 10:00 制作）采用留置送达，缺少以下内容：送达人签名或盖章；拒收事由；拒收日期；见证人签名或盖章。请补充完整。`,
    ]);
    expect(findings[0]?.subjectId).toBe(record.id);
  });

  it('accepts a returned letter in place of the return receipt', () => {
    const postal = {
      ...common,
      method: 'postal',
      postalService: '挂号信',
      postingRegistration: '第12号',
      postingReceipt: '挂号信 XA123',
    };
    expect(check(postal).findings[0]?.message).toContain('回执或者寄达查询记录');
    expect(check({ ...postal, returnedByPost: '原址查无此人，邮件退回' }).findings).toEqual([]);
  });

  describe('citations per profile', () => {
    const leavingWithoutWitness = {
      ...common,
      method: 'leaving',
      place: '住所',
      serverSignature: '张三',
      refusalReason: '拒绝签收',
      refusalDate: '2025-03-21',
    };
    const citationsUnder = (fields: Record<string, unknown>, profile: PolicyProfile) =>
      check(fields, profile).findings[0]?.citations;

    it('cite the profile’s own article for the method', () => {
      expect(citationsUnder(leavingWithoutWitness, seed000Profile)).toEqual([at('000', '第十条')]);
      expect(citationsUnder(leavingWithoutWitness, seed002Profile)).toEqual([at('002', '第七条')]);
      expect(citationsUnder(leavingWithoutWitness, seed003Profile)).toEqual([
        at('003', '第二十五条'),
      ]);
    });

    it('report items only other seeds name as advice, citing those seeds', () => {
      // 004 names no witness for service by leaving (000 第十条, 002 第七条, 003 第二十五条 do).
      const under004 = check(leavingWithoutWitness, seed004Profile).findings;
      expect(under004.map((f) => [f.severity, f.citations])).toEqual([
        ['advice', [at('000', '第十条'), at('002', '第七条'), at('003', '第二十五条')]],
      ]);
      expect(under004[0]?.message).toContain('见证人签名或盖章');
      expect(under004[0]?.message).toContain('本机关适用的规定未要求记载');
      // 001 has no service article at all: nothing about the proof of service binds it.
      const under001 = check(leavingWithoutWitness, seed001Profile).findings;
      expect(under001.map((f) => f.severity)).toEqual(['advice']);
    });

    it('cite fax service under 003 and 004 only, whatever the profile', () => {
      const fax = { ...common, method: 'fax', confirmationRecord: '电话录音' };
      expect(citationsUnder(fax, seed003Profile)).toEqual([at('003', '第二十五条')]);
      expect(citationsUnder(fax, seed004Profile)).toEqual([a004]);
      expect(citationsUnder(fax, seed000Profile)).toEqual([at('003', '第二十五条'), a004]);
    });

    it('add the article naming a common item the profile’s seed requires', () => {
      const { servedAt: _servedAt, ...withoutTime } = personal;
      expect(citationsUnder(withoutTime, seed000Profile)).toEqual([
        at('000', '第十条'),
        at('000', '第九条'),
      ]);
    });
  });
});
