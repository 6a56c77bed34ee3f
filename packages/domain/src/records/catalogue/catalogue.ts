import { RECORD_TYPE_IDS, type RecordTypeId } from '../record-type-ids.ts';
import { withActSpan } from './act-span.ts';
import { ARCHIVING_RECORDS } from './archiving.ts';
import { DECISION_RECORDS } from './decision.ts';
import { INVESTIGATION_RECORDS } from './investigation.ts';
import { LAUNCH_RECORDS } from './launch.ts';
import {
  NATIONAL_LAW_EXECUTION_RECORDS,
  NATIONAL_LAW_INVESTIGATION_RECORDS,
} from './national-law-records.ts';
import { SERVICE_AND_EXECUTION_RECORDS } from './service-and-execution.ts';
import type { RecordTypeSpec } from './spec.ts';

const BY_ID: ReadonlyMap<RecordTypeId, RecordTypeSpec> = new Map(
  [
    ...LAUNCH_RECORDS,
    ...INVESTIGATION_RECORDS,
    ...NATIONAL_LAW_INVESTIGATION_RECORDS,
    ...DECISION_RECORDS,
    ...SERVICE_AND_EXECUTION_RECORDS,
    ...NATIONAL_LAW_EXECUTION_RECORDS,
    ...ARCHIVING_RECORDS,
  ]
    .map(withActSpan)
    .map((spec) => [spec.id, spec]),
);

/** One spec per record type, in `RECORD_TYPE_IDS` order (the tests hold it to that). */
export const RECORD_CATALOGUE: readonly RecordTypeSpec[] = RECORD_TYPE_IDS.flatMap((id) => {
  const spec = BY_ID.get(id);
  return spec === undefined ? [] : [spec];
});

export function recordTypeSpec(id: RecordTypeId): RecordTypeSpec {
  const spec = BY_ID.get(id);
  // Unreachable while the catalogue test passes; a type without a spec is a programming error.
  if (spec === undefined) throw new Error(`record type without a catalogue entry: ${id}`);
  return spec;
}
