import { describe, expect, it } from 'vitest';
import { EXECUTION_METHODS, SERVICE_METHODS } from '../../enforcement/vocabulary.ts';
import { BUILTIN_PROFILES } from '../../profiles/builtin-profiles.ts';
import { seed002Profile } from '../../profiles/seed-002.ts';
import { seed003Profile } from '../../profiles/seed-003.ts';
import { RECORD_TYPE_IDS, type RecordTypeId } from '../record-type-ids.ts';
import { RECORD_CATALOGUE, recordTypeSpec } from './catalogue.ts';
import type { FieldCondition, FieldSpec, RecordTypeSpec } from './spec.ts';

const fieldOf = (spec: RecordTypeSpec, key: string): FieldSpec | undefined =>
  spec.fields.find((f) => f.key === key);

function conditionsIn(condition: FieldCondition | undefined): FieldCondition[] {
  if (condition === undefined) return [];
  return condition.kind === 'all' ? condition.conditions.flatMap(conditionsIn) : [condition];
}

describe('RECORD_CATALOGUE', () => {
  it('has one spec per record type, in id order', () => {
    expect(RECORD_CATALOGUE.map((spec) => spec.id)).toEqual([...RECORD_TYPE_IDS]);
    for (const id of RECORD_TYPE_IDS) expect(recordTypeSpec(id).id).toBe(id);
  });

  it('puts each type in the stage RECORD_TYPE_IDS groups it under', () => {
    const stageOf = (id: RecordTypeId) => recordTypeSpec(id).stage;
    const ids = [...RECORD_TYPE_IDS];
    const between = (first: RecordTypeId, last: RecordTypeId) =>
      ids.slice(ids.indexOf(first), ids.indexOf(last) + 1);
    for (const id of between('application_record', 'complaint_decline_notice'))
      expect(stageOf(id), id).toBe('launch');
    for (const id of between('inquiry_transcript', 'expert_review'))
      expect(stageOf(id), id).toBe('investigation');
    for (const id of between('handler_opinion', 'simplified_procedure_record'))
      expect(stageOf(id), id).toBe('decision');
    for (const id of between('proof_of_service', 'remedies_notice'))
      expect(stageOf(id), id).toBe('service_and_execution');
    expect(stageOf('archive_record')).toBe('archiving');
    expect(stageOf('av_evidence_note')).toBe('investigation');
  });

  it.each(RECORD_CATALOGUE.map((spec) => [spec.id, spec] as const))(
    '%s is well formed',
    (_id, spec) => {
      expect(spec.label).toMatch(/\p{Script=Han}/u);
      expect(spec.citations.length + (spec.lawCitations?.length ?? 0)).toBeGreaterThan(0);
      expect(spec.fields.length).toBeGreaterThan(0);
      const keys = spec.fields.map((f) => f.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const f of spec.fields) {
        expect(f.key, f.key).toMatch(/^[a-z][a-zA-Z]*$/);
        expect(f.label, f.key).toMatch(/\p{Script=Han}/u);
        expect(
          f.citations.length + (f.lawCitations?.length ?? 0),
          `${f.key} names no article`,
        ).toBeGreaterThan(0);
        expect(f.kind === 'choice', `${f.key}: choices iff kind choice`).toBe(
          f.choices !== undefined,
        );
        if (f.choices !== undefined) expect(f.choices.length).toBeGreaterThan(1);
        // A conditional field is not also unconditionally required.
        if (f.requiredWhen !== undefined) expect(f.required, f.key).toBe(false);
        for (const condition of conditionsIn(f.requiredWhen)) {
          if (condition.kind !== 'field_in' && condition.kind !== 'field_absent') continue;
          const target = fieldOf(spec, condition.field);
          expect(target, `${f.key} depends on unknown ${condition.field}`).toBeDefined();
          if (condition.kind === 'field_in') {
            for (const value of condition.values) expect(target?.choices).toContain(value);
          }
        }
      }
    },
  );
});

describe('proof of service', () => {
  const spec = recordTypeSpec('proof_of_service');

  it('states the method under the key `method`, as a service method', () => {
    const method = fieldOf(spec, 'method');
    expect(method).toMatchObject({ kind: 'choice', required: true });
    expect(method?.choices).toEqual(SERVICE_METHODS);
  });

  it('has fields of its own for every method', () => {
    for (const method of SERVICE_METHODS) {
      const own = spec.fields.filter((f) =>
        conditionsIn(f.requiredWhen).some(
          (c) => c.kind === 'field_in' && c.field === 'method' && c.values.includes(method),
        ),
      );
      expect(own.length, method).toBeGreaterThan(0);
    }
  });

  it('requires the witness only for service by leaving and the fax number only for fax', () => {
    const methodsOf = (key: string) =>
      conditionsIn(fieldOf(spec, key)?.requiredWhen).flatMap((c) =>
        c.kind === 'field_in' ? c.values : [],
      );
    expect(methodsOf('witnessSignature')).toEqual(['leaving']);
    expect(methodsOf('recipientFaxNumber')).toEqual(['fax']);
    expect(methodsOf('otherMethodsFailed')).toEqual(['public_notice']);
    expect(methodsOf('recipientSignature')).toEqual(['personal', 'entrusted', 'forwarded']);
  });
});

describe('record types with a fixed shape', () => {
  it('compulsory execution states the method under `method`, as an execution method', () => {
    const method = fieldOf(recordTypeSpec('compulsory_execution_record'), 'method');
    expect(method).toMatchObject({ kind: 'choice', required: true });
    expect(method?.choices).toEqual(EXECUTION_METHODS);
  });

  it('the AV evidence note has the standard keys, none required by the catalogue', () => {
    const note = recordTypeSpec('av_evidence_note');
    expect(note.fields.map((f) => [f.key, f.label])).toEqual([
      ['maker', '制作人'],
      ['makingMethod', '制作方法'],
      ['madeAt', '制作时间'],
      ['extractor', '提取人'],
      ['extractedAt', '提取时间'],
      ['extractedPlace', '提取地点'],
      ['proves', '证明对象'],
      ['recordingContent', '录音内容'],
      ['filedOnDisc', '以光盘等载体形式归入案卷'],
      ['storageLocation', '在行政执法信息系统或者本单位专用存储器中的存储位置'],
    ]);
    expect(note.fields.every((f) => !f.required && f.requiredWhen === undefined)).toBe(true);
  });

  it('the AV evidence note has a field for every item a built-in profile requires', () => {
    const labels = recordTypeSpec('av_evidence_note').fields.map((f) => f.label);
    for (const profile of BUILTIN_PROFILES) {
      for (const item of profile.evidenceAvNoteFields ?? []) expect(labels).toContain(item.value);
    }
  });

  it('the simplified-procedure record has the seven items of 002 第六条 and 003 第二十四条', () => {
    const labels = recordTypeSpec('simplified_procedure_record').fields.map((f) => f.label);
    expect(labels).toEqual(seed002Profile.simplifiedProcedureRecordItems?.map((i) => i.value));
    expect(labels).toEqual(seed003Profile.simplifiedProcedureRecordItems?.map((i) => i.value));
  });

  it('the archive record states 档号、类别、保管期限 and the start and end dates (001 第五条)', () => {
    const archive = recordTypeSpec('archive_record');
    expect(archive.fields.map((f) => [f.key, f.kind, f.required])).toEqual([
      ['archiveNumber', 'text', true],
      ['category', 'text', true],
      ['retentionPeriod', 'text', true],
      ['startedOn', 'date', true],
      ['endedOn', 'date', true],
    ]);
  });

  it('the launch approval form asks the legal office only for major decisions', () => {
    const form = recordTypeSpec('launch_approval_form');
    expect(form.fields.filter((f) => f.required).map((f) => f.label)).toEqual([
      '启动原因',
      '当事人基本情况',
      '承办人意见',
      '承办机构意见',
      '法律依据',
    ]);
    // The head's opinion is given by approving the form, not written by the proposer.
    expect(fieldOf(form, 'headOpinion')?.required).toBe(false);
    expect(fieldOf(form, 'legalReviewOpinion')?.requiredWhen).toEqual({ kind: 'major_decision' });
  });
});

describe('party signature', () => {
  it('is required on what 004 第七条 and 003 第十六条 list', () => {
    const listed: RecordTypeId[] = [
      'inquiry_transcript',
      'on_site_inspection_transcript',
      'sampling_record',
      'coercive_measure_decision',
      'hearing_transcript',
      'property_list',
      'evidence_register',
      'rights_notice',
    ];
    for (const id of listed) expect(recordTypeSpec(id).partySignature, id).toBe('required');
  });

  it('is not required on internal documents', () => {
    const internal: RecordTypeId[] = [
      'launch_approval_form',
      'handler_opinion',
      'decision_draft',
      'legal_review',
      'collective_discussion_minutes',
      'head_approval',
      'archive_record',
      'av_evidence_note',
    ];
    for (const id of internal) expect(recordTypeSpec(id).partySignature, id).toBe('not_required');
  });
});
