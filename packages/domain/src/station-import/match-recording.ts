import { formatShanghai, instantMs, type Instant } from '../enforcement/instant.ts';

/**
 * Matching a docked camera's file to the case it was recorded for (issue 6 Build 6), so that
 * an officer who docks a camera after a day in the field finds each recording waiting on its
 * case. The match is made only when it is unambiguous; anything else waits in the agency's
 * unassigned inbox for a person to decide, because a recording put on the wrong case is
 * worse than one put on none.
 */

/** When the recording was made: the camera's creation time and the duration. */
export interface CaptureWindow {
  readonly from: Instant;
  readonly until: Instant;
}

/** An open case the camera's holder works on, as the matcher needs it. */
export interface MatchCandidate {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly officerIds: readonly string[];
  /** When the case was entered (受理/登记); on-site work may come shortly before. */
  readonly openedAt: Instant;
  /** When it left the working stages (concluded, archived or closed in error), if it has. */
  readonly endedAt?: Instant;
  /** When each of its text records was made. */
  readonly recordTimes: readonly Instant[];
}

export interface MatchInput {
  readonly deviceSerial: string;
  /** False when the serial is not in the agency's camera registry. */
  readonly cameraRegistered: boolean;
  /** Who held the camera when the recording began. */
  readonly holder?: { readonly userId: string; readonly name: string };
  readonly capture?: CaptureWindow;
  readonly candidates: readonly MatchCandidate[];
}

export type RecordingMatch =
  | { readonly kind: 'matched'; readonly caseId: string; readonly basis: string }
  | {
      readonly kind: 'unmatched';
      readonly basis: string;
      readonly candidateIds: readonly string[];
    };

/** A case may have been entered after an on-site recording made the same day. */
export const CASE_OPENED_SLACK_HOURS = 24;
/** A recording belongs with the text records made around it (a transcript, a notice served). */
export const RECORD_PROXIMITY_HOURS = 2;

const HOUR_MS = 3_600_000;

function activeDuring(candidate: MatchCandidate, capture: CaptureWindow): boolean {
  const opened = instantMs(candidate.openedAt) - CASE_OPENED_SLACK_HOURS * HOUR_MS;
  if (instantMs(capture.until) < opened) return false;
  return candidate.endedAt === undefined || instantMs(capture.from) <= instantMs(candidate.endedAt);
}

function hasRecordNear(candidate: MatchCandidate, capture: CaptureWindow): boolean {
  const from = instantMs(capture.from) - RECORD_PROXIMITY_HOURS * HOUR_MS;
  const until = instantMs(capture.until) + RECORD_PROXIMITY_HOURS * HOUR_MS;
  return candidate.recordTimes.some((time) => {
    const ms = instantMs(time);
    return ms >= from && ms <= until;
  });
}

const unmatched = (basis: string, candidateIds: readonly string[] = []): RecordingMatch => ({
  kind: 'unmatched',
  basis,
  candidateIds,
});

export function matchRecording(input: MatchInput): RecordingMatch {
  const { capture, holder } = input;
  if (!input.cameraRegistered) {
    return unmatched(`记录仪 ${input.deviceSerial} 未在本单位登记，无法确定拍摄人。`);
  }
  if (capture === undefined) {
    return unmatched('文件中没有拍摄时间，无法按时间匹配案件。');
  }
  const when = formatShanghai(capture.from);
  if (holder === undefined) {
    return unmatched(`拍摄时（${when}）记录仪 ${input.deviceSerial} 没有领用人。`);
  }
  const holderCases = input.candidates.filter((candidate) =>
    candidate.officerIds.includes(holder.userId),
  );
  const active = holderCases.filter((candidate) => activeDuring(candidate, capture));
  if (active.length === 0) {
    return unmatched(`拍摄时（${when}）领用人${holder.name}没有在办案件。`);
  }
  if (active.length === 1) {
    const [only] = active;
    return {
      kind: 'matched',
      caseId: only!.caseId,
      basis: `拍摄时（${when}）记录仪由${holder.name}领用，其当时在办案件只有 ${only!.caseNumber}。`,
    };
  }
  const near = active.filter((candidate) => hasRecordNear(candidate, capture));
  if (near.length === 1) {
    const [only] = near;
    return {
      kind: 'matched',
      caseId: only!.caseId,
      basis:
        `拍摄时（${when}）记录仪由${holder.name}领用；其在办 ${active.length} 件案件中，` +
        `只有 ${only!.caseNumber} 在拍摄前后 ${RECORD_PROXIMITY_HOURS} 小时内制作了文书。`,
    };
  }
  const ambiguous = near.length > 1 ? near : active;
  return unmatched(
    `拍摄时（${when}）领用人${holder.name}同时在办 ${ambiguous.length} 件案件` +
      `（${ambiguous.map((candidate) => candidate.caseNumber).join('、')}），无法自动确定，请人工分配。`,
    ambiguous.map((candidate) => candidate.caseId),
  );
}
