import type { Instant } from '../enforcement/instant.ts';
import type { AvSituation } from './av-situation.ts';

/** A pause in a recording: why, and whether it was explained and reported (000 第十四条). */
export interface RecordingInterruption {
  readonly from: Instant;
  /** Absent when recording could not be resumed. */
  readonly resumedAt?: Instant;
  /** The spoken or written explanation of the cause, made when recording resumed. */
  readonly note?: string;
  /** When the officer reported an unresumable interruption to the head. */
  readonly reportedAt?: Instant;
  /** The written account made afterwards (事后书面说明). */
  readonly writtenExplanation?: string;
}

/**
 * An AV record (音像记录): one recording of a case, with the moments the storage deadline
 * runs from. The bytes live in the evidence store; this is what the rules need.
 */
export interface AvRecord {
  readonly id: string;
  readonly kind: 'video' | 'audio' | 'photo' | 'cctv';
  /** The situations it shows, e.g. `inquiry`, `service_leaving`. */
  readonly situations: readonly AvSituation[];
  /** The text record it accompanies, if any. */
  readonly recordId?: string;
  readonly recordingStartedAt: Instant;
  readonly recordingEndedAt: Instant;
  /** When it reached the evidence store; absent while still on the device. */
  readonly storedAt?: Instant;
  /**
   * Continuous work, work away from the unit or in a remote area (连续工作、异地执法): the
   * moment the officer returned to the unit, from which the later deadline runs.
   */
  readonly returnedToUnitAt?: Instant;
  readonly interruptions: readonly RecordingInterruption[];
  /** Used as evidence: needs the evidence note (001 第七条, 003 第三十三条). */
  readonly usedAsEvidence: boolean;
  /** The `av_evidence_note` record describing it, when made. */
  readonly evidenceNoteRecordId?: string;
}
