import {
  AV_SITUATION_LABELS,
  situationsOf,
  type AvSituation,
  type EnforcementCase,
} from '@liuhen/domain';
import type { Dayjs } from 'dayjs';
import type { CaseRecordView } from '../api/cases.ts';
import { chinaWallClock, toChinaInstant } from '../cases/china-time.ts';
import type { InterruptionReason, InterruptionView, MediaFacts } from './av-api.ts';

/** One interruption as the form holds it: pickers hold China wall-clock times. */
export interface InterruptionFormValue {
  reason?: InterruptionReason;
  from?: Dayjs;
  resumedAt?: Dayjs | null;
  note?: string;
  reportedTo?: string;
  reportedAt?: Dayjs | null;
  writtenExplanation?: string;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The form's interruptions as the API takes them; empty texts and times are left out. */
export function toInterruptions(values: readonly InterruptionFormValue[] | undefined) {
  return (values ?? []).map((value): InterruptionView => {
    const note = text(value.note);
    const reportedTo = text(value.reportedTo);
    const writtenExplanation = text(value.writtenExplanation);
    return {
      reason: value.reason!,
      from: toChinaInstant(value.from!),
      ...(value.resumedAt ? { resumedAt: toChinaInstant(value.resumedAt) } : {}),
      ...(note ? { note } : {}),
      ...(reportedTo ? { reportedTo } : {}),
      ...(value.reportedAt ? { reportedAt: toChinaInstant(value.reportedAt) } : {}),
      ...(writtenExplanation ? { writtenExplanation } : {}),
    };
  });
}

/** Stored interruptions back into the form (for an amendment). */
export function toInterruptionValues(
  interruptions: readonly InterruptionView[],
): InterruptionFormValue[] {
  return interruptions.map((interruption) => ({
    reason: interruption.reason,
    from: chinaWallClock(interruption.from),
    resumedAt: interruption.resumedAt ? chinaWallClock(interruption.resumedAt) : null,
    note: interruption.note ?? '',
    reportedTo: interruption.reportedTo ?? '',
    reportedAt: interruption.reportedAt ? chinaWallClock(interruption.reportedAt) : null,
    writtenExplanation: interruption.writtenExplanation ?? '',
  }));
}

/**
 * Capture start and end from what the file says: the camera's timestamp and the duration.
 * Either may be missing (ffprobe absent, a camera that writes no date); then the officer
 * enters them.
 */
export function capturePrefill(media: MediaFacts | null | undefined): {
  recordingStartedAt?: Dayjs;
  recordingEndedAt?: Dayjs;
} {
  const capturedAt = media?.capturedAt;
  if (!capturedAt || Number.isNaN(Date.parse(capturedAt))) return {};
  const start = chinaWallClock(capturedAt);
  const seconds = media?.durationSeconds;
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) {
    return { recordingStartedAt: start };
  }
  return { recordingStartedAt: start, recordingEndedAt: start.add(Math.round(seconds), 'second') };
}

/**
 * 记录内容 for the file name, from a situation: its label without the parenthesis,
 * e.g. 询问（调查） → 询问, 留置送达 → 留置送达.
 */
export function contentOfSituation(situation: AvSituation): string {
  return AV_SITUATION_LABELS[situation].replace(/（[^）]*）/g, '').trim();
}

/** The situations a text record is evidence of, as the rules read it (its type, method…). */
export function situationsOfRecord(
  record: CaseRecordView,
  enforcementCase: EnforcementCase,
): readonly AvSituation[] {
  return situationsOf(
    {
      id: record.id,
      type: record.type,
      createdAt: record.madeAt,
      fields: record.fields,
      situations: record.situations,
      ...(record.signature ? { signature: record.signature } : {}),
    },
    enforcementCase,
  );
}

/** Adds what is not there yet, keeping the order the officer chose. */
export function mergeSituations(
  chosen: readonly AvSituation[] | undefined,
  added: readonly AvSituation[],
): AvSituation[] {
  const result = [...(chosen ?? [])];
  for (const situation of added) if (!result.includes(situation)) result.push(situation);
  return result;
}
