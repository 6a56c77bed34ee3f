import { isBefore, type Instant } from '../../enforcement/instant.ts';
import { STAGES, type Stage } from '../../enforcement/vocabulary.ts';
import type { CaseRecord } from '../../records/case-record.ts';
import type { RecordTypeId } from '../../records/record-type-ids.ts';

export function recordsOfType(
  records: readonly CaseRecord[],
  type: RecordTypeId,
): readonly CaseRecord[] {
  return records.filter((record) => record.type === type);
}

/** A prerequisite counts only if it was made strictly before the act that needs it. */
export function hasRecordBefore(
  records: readonly CaseRecord[],
  type: RecordTypeId,
  moment: Instant,
): boolean {
  return records.some((record) => record.type === type && isBefore(record.createdAt, moment));
}

/** The earliest record of a type made at or after `moment`, e.g. the service of a decision. */
export function earliestRecordFrom(
  records: readonly CaseRecord[],
  type: RecordTypeId,
  moment: Instant,
): CaseRecord | undefined {
  return recordsOfType(records, type)
    .filter((record) => !isBefore(record.createdAt, moment))
    .reduce<CaseRecord | undefined>(
      (earliest, record) =>
        earliest === undefined || isBefore(record.createdAt, earliest.createdAt)
          ? record
          : earliest,
      undefined,
    );
}

/** Whether a case at `current` has reached `stage` (stages only move forward). */
export function hasReachedStage(current: Stage, stage: Stage): boolean {
  return STAGES.indexOf(current) >= STAGES.indexOf(stage);
}
