import type { FieldPath, ParamLocator } from '../cases/form-problems.ts';

const INTERRUPTION_FIELDS = new Set([
  'reason',
  'from',
  'resumedAt',
  'note',
  'reportedTo',
  'reportedAt',
  'writtenExplanation',
]);

/**
 * Where a server parameter lands on a form that shows `fields`:
 * `body.interruptions.0.from` → `['interruptions', 0, 'from']` (a Form.List path wants the
 * index as a number); `body.personsPresent.2` → `['personsPresent']`. A parameter with no
 * field on this form → undefined, so that it is said in the message instead of lost.
 */
export function avParamLocator(fields: readonly string[]): ParamLocator {
  const shown = new Set(fields);
  return ([head, index, sub]): FieldPath | undefined => {
    if (head === undefined || !shown.has(head)) return undefined;
    if (head !== 'interruptions') return [head];
    const position = Number(index);
    if (index === undefined || !Number.isInteger(position) || position < 0) return undefined;
    return sub !== undefined && INTERRUPTION_FIELDS.has(sub)
      ? ['interruptions', position, sub]
      : undefined;
  };
}

/** 登记音像记录: every field of the record (the evidence object is shown, not entered). */
export const locateAvRecordParam = avParamLocator([
  'kind',
  'situations',
  'recordId',
  'content',
  'deviceSerial',
  'recordingStartedAt',
  'recordingEndedAt',
  'returnedToUnitAt',
  'awayReason',
  'place',
  'personsPresent',
  'announcementMade',
  'interruptions',
  'usedAsEvidence',
  'evidenceNoteRecordId',
]);
