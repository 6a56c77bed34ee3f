import { instantFromMs, instantMs, type Instant } from '../../enforcement/instant.ts';
import type { AvRecord, RecordingInterruption } from '../../records/av-record.ts';
import type { ActSpan } from '../../records/catalogue/act-span.ts';

/**
 * Times on a transcript are written to the minute, and a camera's clock is set by hand; a
 * shortfall of up to a minute at either end of a stretch is read as covered, so only a gap a
 * person would notice on the recording becomes a finding.
 */
export const COVERAGE_TOLERANCE_MS = 60_000;

/** Kinds that record a stretch of time; a photo shows a moment and covers none. */
export function recordsContinuously(av: AvRecord): boolean {
  return av.kind !== 'photo';
}

export interface CoverageGap {
  readonly from: Instant;
  readonly until: Instant;
}

/** The stretches of `span` that none of `recordings` covers, longer than the tolerance. */
export function coverageGaps(span: ActSpan, recordings: readonly AvRecord[]): CoverageGap[] {
  const start = instantMs(span.start);
  const end = instantMs(span.end);
  const covered = recordings
    .map((av) => [instantMs(av.recordingStartedAt), instantMs(av.recordingEndedAt)] as const)
    .sort((a, b) => a[0] - b[0]);
  const gaps: CoverageGap[] = [];
  let reached = start;
  const gapUntil = (until: number) => {
    if (until - reached > COVERAGE_TOLERANCE_MS) {
      gaps.push({ from: instantFromMs(reached), until: instantFromMs(until) });
    }
  };
  for (const [from, until] of covered) {
    if (from >= end) break;
    if (from > reached) gapUntil(from);
    reached = Math.max(reached, until);
  }
  if (reached < end) gapUntil(end);
  return gaps;
}

/**
 * Whether a registered interruption accounts for the gap: it stopped at (or before) the
 * gap's start and resumed at (or after) its end, or never resumed. Whether its cause was
 * explained, and reported, is `av-interruption-unexplained`'s concern.
 */
export function interruptionCovering(
  gap: CoverageGap,
  recordings: readonly AvRecord[],
): RecordingInterruption | undefined {
  const from = instantMs(gap.from) + COVERAGE_TOLERANCE_MS;
  const until = instantMs(gap.until) - COVERAGE_TOLERANCE_MS;
  for (const av of recordings) {
    for (const interruption of av.interruptions) {
      const resumed =
        interruption.resumedAt === undefined ? Infinity : instantMs(interruption.resumedAt);
      if (instantMs(interruption.from) <= from && resumed >= until) return interruption;
    }
  }
  return undefined;
}
