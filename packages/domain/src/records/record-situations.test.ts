import { describe, expect, it } from 'vitest';
import { aCase, aRecord } from '../rules/test-support/rule-fixture.ts';
import { RECORD_TYPE_IDS } from './record-type-ids.ts';
import { situationsOf } from './record-situations.ts';

const enforcementCase = aCase();

describe('situationsOf', () => {
  it.each([
    ['inquiry_transcript', 'inquiry'],
    ['on_site_inspection_transcript', 'on_site_inspection'],
    ['sampling_record', 'sampling'],
    ['advance_preservation', 'advance_preservation'],
    ['hearing_transcript', 'hearing'],
    ['coercive_measure_decision', 'coercive_measure'],
    ['simplified_procedure_record', 'simplified_procedure'],
    ['compulsory_execution_record', 'compulsory_execution'],
  ] as const)('a %s is evidence of %s', (type, situation) => {
    expect(situationsOf(aRecord(type), enforcementCase)).toEqual([situation]);
  });

  it('takes an oral statement from its transcript and non-cooperation from an inquiry', () => {
    expect(situationsOf(aRecord('statement_defence_transcript'), enforcementCase)).toEqual([
      'oral_statement',
    ]);
    const refused = aRecord('inquiry_transcript', {
      fields: { refusalToCooperate: '当事人拒绝回答询问并离开现场' },
    });
    expect(situationsOf(refused, enforcementCase)).toEqual(['inquiry', 'non_cooperation']);
    const blank = aRecord('inquiry_transcript', { fields: { refusalToCooperate: '  ' } });
    expect(situationsOf(blank, enforcementCase)).toEqual(['inquiry']);
  });

  it('gives nothing for types that are no act on the spot', () => {
    const silent = RECORD_TYPE_IDS.filter(
      (type) =>
        ![
          'inquiry_transcript',
          'on_site_inspection_transcript',
          'sampling_record',
          'advance_preservation',
          'hearing_transcript',
          'statement_defence_transcript',
          'coercive_measure_decision',
          'simplified_procedure_record',
          'compulsory_execution_record',
        ].includes(type),
    );
    for (const type of silent) {
      expect(situationsOf(aRecord(type), enforcementCase), type).toEqual([]);
    }
  });

  it.each([
    ['personal', ['service_personal']],
    ['leaving', ['service_leaving']],
    ['public_notice', ['service_public_notice']],
    ['postal', []],
    ['fax', []],
    ['electronic', []],
    ['entrusted', []],
    [undefined, []],
    ['toString', []],
    [42, []],
  ] as const)('a proof of service by %s', (method, expected) => {
    const record = aRecord('proof_of_service', { fields: { method } });
    expect(situationsOf(record, enforcementCase)).toEqual(expected);
  });

  it.each([
    ['removal_or_restoration', ['removal_or_restoration', 'compulsory_execution']],
    ['substitute_performance', ['substitute_performance', 'compulsory_execution']],
    ['demolition', ['forced_demolition', 'compulsory_execution']],
    ['additional_fine', ['compulsory_execution']],
    [undefined, ['compulsory_execution']],
  ] as const)('a compulsory execution by %s', (method, expected) => {
    const record = aRecord('compulsory_execution_record', { fields: { method } });
    expect(situationsOf(record, enforcementCase)).toEqual(expected);
  });

  it('reads the method only where the type has one', () => {
    const record = aRecord('inquiry_transcript', { fields: { method: 'leaving' } });
    expect(situationsOf(record, enforcementCase)).toEqual(['inquiry']);
  });

  it('adds what the officer marked, once, in vocabulary order', () => {
    const record = aRecord('inquiry_transcript', {
      situations: ['obstruction', 'non_cooperation', 'inquiry', 'forced_demolition'],
    });
    expect(situationsOf(record, enforcementCase)).toEqual([
      'inquiry',
      'forced_demolition',
      'non_cooperation',
      'obstruction',
    ]);
  });

  it('adds a refusal to sign, and only for a refusal', () => {
    const refused = aRecord('on_site_inspection_transcript', {
      signature: { kind: 'refused', note: '当事人拒绝签字', at: '2025-03-03T10:00:00+08:00' },
    });
    const signed = aRecord('on_site_inspection_transcript', {
      signature: { kind: 'signed', signers: ['王五'], at: '2025-03-03T10:00:00+08:00' },
    });
    expect(situationsOf(refused, enforcementCase)).toEqual([
      'on_site_inspection',
      'refusal_to_sign',
    ]);
    expect(situationsOf(signed, enforcementCase)).toEqual(['on_site_inspection']);
  });

  it('does not depend on the case the record belongs to', () => {
    const record = aRecord('hearing_transcript');
    expect(situationsOf(record, aCase({ procedure: 'simplified' }))).toEqual(
      situationsOf(record, enforcementCase),
    );
  });
});
