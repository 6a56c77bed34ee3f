import { describe, expect, it } from 'vitest';
import type { Stage } from '../../enforcement/vocabulary.ts';
import type { PolicyProfile } from '../../profiles/profile-schema.ts';
import { nationalBaselineProfile } from '../../profiles/national-baseline.ts';
import { seed000Profile } from '../../profiles/seed-000.ts';
import { seed001Profile } from '../../profiles/seed-001.ts';
import { seed002Profile } from '../../profiles/seed-002.ts';
import { seed003Profile } from '../../profiles/seed-003.ts';
import { seed004Profile, SEED_004_RECORDING } from '../../profiles/seed-004.ts';
import { aCase, aRecord } from '../../rules/test-support/rule-fixture.ts';
import type { CaseRecord } from '../case-record.ts';
import { requiredRecordTypes } from './required-records.ts';

type CaseParts = Parameters<typeof aCase>[0];

function required(
  stage: Stage,
  parts: CaseParts = {},
  records: readonly CaseRecord[] = [],
  profile: PolicyProfile = seed003Profile,
) {
  return requiredRecordTypes(aCase({ stage, ...parts }), stage, records, profile);
}
const types = (list: ReturnType<typeof required>) => list.map((r) => r.type);
const articles = (list: ReturnType<typeof required>, type: string) =>
  list
    .find((r) => r.type === type)
    ?.citations.map((c) => `${'law' in c ? c.law : c.seed} ${c.article}`);

describe('launch', () => {
  it('on application: the application record', () => {
    expect(types(required('launch', { launchMode: 'on_application' }))).toEqual([
      'application_record',
    ]);
  });

  it('ex officio, ordinary procedure: case source and launch approval form', () => {
    expect(types(required('launch', { launchMode: 'ex_officio' }))).toEqual([
      'case_source_record',
      'launch_approval_form',
    ]);
  });

  it('ex officio, simplified procedure: nothing (no filing, no approval form)', () => {
    expect(required('launch', { launchMode: 'ex_officio', procedure: 'simplified' })).toEqual([]);
  });

  it('complaint: the intake, and the approval form once the review says to pursue it', () => {
    const complaint = { launchMode: 'complaint' } as const;
    const intake = (reviewResult: string) =>
      aRecord('complaint_intake', { fields: { reviewResult } });
    expect(types(required('launch', complaint))).toEqual(['complaint_intake']);
    expect(types(required('launch', complaint, [intake('需要查处')]))).toEqual([
      'complaint_intake',
      'launch_approval_form',
    ]);
    expect(types(required('launch', complaint, [intake('不启动执法程序')]))).toEqual([
      'complaint_intake',
    ]);
    expect(
      types(required('launch', { ...complaint, procedure: 'simplified' }, [intake('需要查处')])),
    ).toEqual(['complaint_intake']);
  });

  it('leaves the declined real-name complaint to complaint-not-pursued-uninformed', () => {
    const declined = aRecord('complaint_intake', { fields: { reviewResult: '不启动执法程序' } });
    const list = required('launch', { launchMode: 'complaint', complainantRealName: true }, [
      declined,
    ]);
    expect(types(list)).not.toContain('complaint_decline_notice');
  });
});

describe('investigation', () => {
  it('requires nothing here (the rights notice is another rule’s)', () => {
    expect(required('investigation')).toEqual([]);
    expect(required('investigation', { majorDecision: true })).toEqual([]);
  });
});

describe('decision', () => {
  it('ordinary procedure: opinion, draft, approval and decision document', () => {
    expect(types(required('decision'))).toEqual([
      'handler_opinion',
      'decision_draft',
      'head_approval',
      'decision_document',
    ]);
  });

  it('does not add legal review or collective discussion for a major decision', () => {
    expect(types(required('decision', { majorDecision: true }))).toEqual(
      types(required('decision')),
    );
  });

  it('a penalty decision document is owed under every profile (行政处罚法 第五十九条)', () => {
    for (const profile of [seed000Profile, nationalBaselineProfile, seed003Profile]) {
      expect(articles(required('decision', {}, [], profile), 'decision_document')).toContain(
        '行政处罚法 第五十九条',
      );
    }
    // The statute asks it of penalties; an inspection's decision document rests on the seeds.
    expect(
      articles(
        required('decision', { actType: 'inspection' }, [], seed003Profile),
        'decision_document',
      ),
    ).toEqual(['003 第二十三条']);
  });

  it('simplified procedure: the simplified-procedure record instead', () => {
    expect(types(required('decision', { procedure: 'simplified' }))).toEqual([
      'simplified_procedure_record',
    ]);
  });
});

describe('service and execution', () => {
  it('a proof of service once a decision document exists', () => {
    expect(required('service_and_execution')).toEqual([]);
    expect(types(required('service_and_execution', {}, [aRecord('decision_document')]))).toEqual([
      'proof_of_service',
    ]);
  });

  it('none for a decision on the spot: it is signed for there (service-overdue)', () => {
    const onTheSpot = { procedure: 'simplified' } as const;
    expect(required('service_and_execution', onTheSpot, [aRecord('decision_document')])).toEqual(
      [],
    );
  });
});

describe('archiving', () => {
  it('an archive record, whatever the case', () => {
    expect(types(required('archiving'))).toEqual(['archive_record']);
    expect(types(required('archiving', { procedure: 'simplified' }))).toEqual(['archive_record']);
    expect(required('archived')).toEqual([]);
  });
});

describe('citations follow the profile’s seed', () => {
  it('cites the profile’s own article where its seed names the record', () => {
    const launch = (profile: PolicyProfile) =>
      required('launch', { launchMode: 'ex_officio' }, [], profile);
    expect(articles(launch(seed003Profile), 'launch_approval_form')).toEqual(['003 第十条']);
    expect(articles(launch(seed002Profile), 'launch_approval_form')).toEqual(['002 第四条']);
    expect(articles(launch(seed000Profile), 'case_source_record')).toEqual(['000 第六条']);
    expect(articles(launch(seed001Profile), 'case_source_record')).toEqual(['001 第五条']);
  });

  it('cites every seed that names the record where the profile’s seed is silent', () => {
    const launch = (profile: PolicyProfile) =>
      required('launch', { launchMode: 'ex_officio' }, [], profile);
    expect(articles(launch(seed000Profile), 'launch_approval_form')).toEqual([
      '002 第四条',
      '003 第十条',
    ]);
    expect(articles(launch(seed003Profile), 'case_source_record')).toEqual([
      '000 第六条',
      '001 第五条',
    ]);
    const archive = (profile: PolicyProfile) => required('archiving', {}, [], profile);
    expect(articles(archive(seed001Profile), 'archive_record')).toEqual(['001 第五条']);
    expect(articles(archive(seed004Profile), 'archive_record')).toEqual([
      '000 第十一条',
      '001 第五条',
    ]);
  });

  it('names the regulation within 004', () => {
    const list = required(
      'service_and_execution',
      {},
      [aRecord('decision_document')],
      seed004Profile,
    );
    expect(list[0]?.citations).toEqual([
      { seed: '004', document: SEED_004_RECORDING, article: '第十条' },
    ]);
  });

  it('gives the reason in Chinese', () => {
    expect(required('archiving')[0]?.reason).toContain('案卷归档编号');
  });
});
