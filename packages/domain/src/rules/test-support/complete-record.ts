import type { EnforcementCase } from '../../enforcement/enforcement-case.ts';
import { missingFields } from '../../records/catalogue/missing-fields.ts';
import type { FieldSpec } from '../../records/catalogue/spec.ts';
import type { CaseRecord } from '../../records/case-record.ts';
import { aRecord } from './rule-fixture.ts';

function sampleValue(spec: FieldSpec, createdAt: string): unknown {
  switch (spec.kind) {
    case 'text':
      return `${spec.label}（示例）`;
    case 'instant':
      return createdAt;
    case 'date':
      return createdAt.slice(0, 10);
    case 'people':
      return ['张三'];
    case 'list':
      return [`${spec.label}（示例）`];
    case 'boolean':
      return true;
    case 'choice':
      return spec.choices?.[0];
  }
}

/**
 * A record of `type` with every field the catalogue requires for `enforcementCase` filled
 * in, keeping the fields given. Filled in rounds, because a field's value (the service
 * method) can make further fields required.
 */
export function aCompleteRecord(
  type: CaseRecord['type'],
  enforcementCase: EnforcementCase,
  overrides: Partial<Omit<CaseRecord, 'type'>> = {},
): CaseRecord {
  let record = aRecord(type, overrides);
  for (let round = 0; round < 5; round += 1) {
    const missing = missingFields(record, enforcementCase);
    if (missing.length === 0) return record;
    const filled = Object.fromEntries(
      missing.map((spec) => [spec.key, sampleValue(spec, record.createdAt)]),
    );
    record = { ...record, fields: { ...record.fields, ...filled } };
  }
  throw new Error(`could not complete a ${type} record`);
}
