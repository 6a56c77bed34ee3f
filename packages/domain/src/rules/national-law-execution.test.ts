import { describe, expect, it } from 'vitest';
import { courtApplicationPremature } from './court-application-premature.ts';
import { demolitionUnconditioned } from './demolition-unconditioned.ts';
import { fineHandoverLate } from './fine-handover-late.ts';
import { hearingNoticeLate } from './hearing-notice-late.ts';
import { aContext, aRecord } from './test-support/rule-fixture.ts';

describe('court-application-premature (行政强制法 第五十四条)', () => {
  // Served Monday 03-03; ten working days end with Monday 03-17.
  const notice = aRecord('demand_notice', {
    createdAt: '2025-03-01T10:00:00+08:00',
    fields: { servedAt: '2025-03-03T10:00:00+08:00' },
  });
  const application = (createdAt: string) =>
    aRecord('court_enforcement_application', { createdAt });

  it('is a violation before ten working days after service, nothing after', () => {
    const early = courtApplicationPremature.check(
      aContext({ records: [notice, application('2025-03-17T16:00:00+08:00')] }),
    );
    expect(early).toEqual([
      expect.objectContaining({
        severity: 'violation',
        citations: [
          { law: '行政强制法', article: '第五十四条' },
          { law: '行政强制法', article: '第六十九条' },
        ],
      }),
    ]);
    expect(early[0]!.message).toContain('2025-03-18 00:00 起');
    expect(
      courtApplicationPremature.check(
        aContext({ records: [notice, application('2025-03-18T09:00:00+08:00')] }),
      ),
    ).toEqual([]);
  });

  it('leaves an application with no demand notice to execution-without-demand-notice', () => {
    expect(
      courtApplicationPremature.check(
        aContext({ records: [application('2025-03-17T09:00:00+08:00')] }),
      ),
    ).toEqual([]);
  });
});

describe('demolition-unconditioned (行政强制法 第四十四条)', () => {
  const demolition = (
    createdAt: string,
    remedyStatus = '法定期限内未申请行政复议或者提起行政诉讼',
  ) =>
    aRecord('compulsory_execution_record', {
      createdAt,
      fields: { method: 'demolition', remedyStatus, execution: '拆除违法搭建的彩钢棚' },
    });
  const notice = aRecord('demolition_notice', {
    createdAt: '2025-03-03T10:00:00+08:00',
    fields: { content: '限期自行拆除', selfDemolitionDeadline: '2025-03-20' },
  });

  it('needs a public notice first', () => {
    const findings = demolitionUnconditioned.check(
      aContext({ records: [demolition('2025-04-01T10:00:00+08:00')] }),
    );
    expect(findings).toEqual([expect.objectContaining({ severity: 'violation' })]);
    expect(findings[0]!.message).toContain('没有《强制拆除公告》');
  });

  it('waits for the party’s own time to run out and for no review pending', () => {
    expect(
      demolitionUnconditioned.check(
        aContext({ records: [notice, demolition('2025-03-20T10:00:00+08:00')] }),
      )[0]!.message,
    ).toContain('期限尚未届满');
    expect(
      demolitionUnconditioned.check(
        aContext({
          records: [
            notice,
            demolition('2025-04-01T10:00:00+08:00', '行政复议或者行政诉讼正在进行'),
          ],
        }),
      )[0]!.message,
    ).toContain('尚未终结');
    expect(
      demolitionUnconditioned.check(
        aContext({ records: [notice, demolition('2025-04-01T10:00:00+08:00')] }),
      ),
    ).toEqual([]);
  });

  it('looks only at demolitions', () => {
    const other = aRecord('compulsory_execution_record', { fields: { method: 'additional_fine' } });
    expect(demolitionUnconditioned.check(aContext({ records: [other] }))).toEqual([]);
  });
});

describe('fine-handover-late (行政处罚法 第七十一条)', () => {
  const handover = (fields: Record<string, string>) =>
    aRecord('fine_handover_record', { createdAt: '2025-03-07T10:00:00+08:00', fields });

  it('wants the fine at the agency within 2 working days, and at the bank 2 after that', () => {
    // Collected Friday 03-07: two working days end with Tuesday 03-11.
    const inTime = handover({
      collectedAt: '2025-03-07T10:00:00+08:00',
      handedInAt: '2025-03-11T17:00:00+08:00',
      paidToBankAt: '2025-03-13T10:00:00+08:00',
    });
    expect(fineHandoverLate.check(aContext({ records: [inTime] }))).toEqual([]);
    const late = handover({
      collectedAt: '2025-03-07T10:00:00+08:00',
      handedInAt: '2025-03-12T09:00:00+08:00',
      paidToBankAt: '2025-03-12T10:00:00+08:00',
    });
    expect(fineHandoverLate.check(aContext({ records: [late] }))).toEqual([
      expect.objectContaining({ severity: 'violation', subjectId: late.id }),
    ]);
  });

  it('counts from landing for a fine collected on the water', () => {
    const onWater = handover({
      collectedAt: '2025-03-03T10:00:00+08:00',
      landedAt: '2025-03-07T10:00:00+08:00',
      handedInAt: '2025-03-11T17:00:00+08:00',
      paidToBankAt: '2025-03-12T10:00:00+08:00',
    });
    expect(fineHandoverLate.check(aContext({ records: [onWater] }))).toEqual([]);
  });

  it('asks for the bank payment once the agency has it', () => {
    const unpaid = handover({
      collectedAt: '2025-03-07T10:00:00+08:00',
      handedInAt: '2025-03-10T10:00:00+08:00',
    });
    expect(
      fineHandoverLate.check(aContext({ records: [unpaid], now: '2025-03-13T00:00:00+08:00' })),
    ).toEqual([expect.objectContaining({ severity: 'violation' })]);
  });

  it('notices a fine collected in a simplified procedure with no handover record', () => {
    const simplified = aRecord('simplified_procedure_record', {
      createdAt: '2025-03-07T10:00:00+08:00',
      fields: { onSpotFine: '当场收缴罚款 50 元，出具专用票据' },
    });
    expect(
      fineHandoverLate.check(aContext({ records: [simplified], now: '2025-03-12T00:00:00+08:00' })),
    ).toEqual([expect.objectContaining({ severity: 'violation', subjectId: simplified.id })]);
  });
});

describe('hearing-notice-late (行政处罚法 第六十四条)', () => {
  const notice = (scheduledAt: string) =>
    aRecord('hearing_notice', {
      fields: { notifiedAt: '2025-03-03T10:00:00+08:00', scheduledAt, place: '第一会议室' },
    });

  it('wants seven full working days between notice and hearing', () => {
    expect(
      hearingNoticeLate.check(aContext({ records: [notice('2025-03-12T09:00:00+08:00')] })),
    ).toEqual([expect.objectContaining({ severity: 'violation' })]);
    expect(
      hearingNoticeLate.check(aContext({ records: [notice('2025-03-13T09:00:00+08:00')] })),
    ).toEqual([]);
  });
});
