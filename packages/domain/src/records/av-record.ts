import type { Instant } from '../enforcement/instant.ts';
import type { AvSituation } from './av-situation.ts';

/** Why a recording stopped, as the interruption note records it (000 第十四条). */
export const INTERRUPTION_REASONS = [
  'device_fault',
  'battery',
  'storage',
  'weather',
  'obstruction',
  'other',
] as const;
export type InterruptionReason = (typeof INTERRUPTION_REASONS)[number];

export const INTERRUPTION_REASON_LABELS: Readonly<Record<InterruptionReason, string>> = {
  device_fault: '设备故障',
  battery: '电量不足',
  storage: '存储空间不足',
  weather: '天气原因',
  obstruction: '现场阻碍',
  other: '其他原因',
};

/**
 * The circumstances in which the seeds let storage wait until the return to the unit:
 * 连续工作、异地执法或者在偏远、交通不便地区执法 (000 第十六条, 001 第九条; 002 第八条(一)
 * says 异地工作、边远地区, the same cases).
 */
export const AWAY_REASONS = ['continuous_work', 'away_from_unit', 'remote_area'] as const;
export type AwayReason = (typeof AWAY_REASONS)[number];

export const AWAY_REASON_LABELS: Readonly<Record<AwayReason, string>> = {
  continuous_work: '连续工作',
  away_from_unit: '异地执法',
  remote_area: '在偏远、交通不便地区执法',
};

export const AV_KINDS = ['video', 'audio', 'photo', 'cctv'] as const;
export type AvKind = (typeof AV_KINDS)[number];

export const AV_KIND_LABELS: Readonly<Record<AvKind, string>> = {
  video: '录像',
  audio: '录音',
  photo: '照片',
  cctv: '监控录像',
};

/** A pause in a recording: why, and whether it was explained and reported (000 第十四条). */
export interface RecordingInterruption {
  readonly reason?: InterruptionReason;
  readonly from: Instant;
  /** Absent when recording could not be resumed. */
  readonly resumedAt?: Instant;
  /** The spoken or written explanation of the cause, made when recording resumed. */
  readonly note?: string;
  /** When the officer reported an unresumable interruption to the head, and to whom. */
  readonly reportedAt?: Instant;
  readonly reportedTo?: string;
  /** The written account made afterwards (事后书面说明). */
  readonly writtenExplanation?: string;
}

/**
 * Damage found while storing a recording (000 第十六条: 发现信息有损坏、无法正常存储的，应当立即
 * 向执法机构负责人报告，并将书面说明存档): when and what, to whom and when it was reported,
 * and the written note filed.
 */
export interface StorageDamage {
  readonly foundAt: Instant;
  readonly description: string;
  readonly reportedAt?: Instant;
  readonly reportedTo?: string;
  readonly writtenNote?: string;
}

/**
 * An AV record (音像记录): one recording of a case, with the moments the storage deadline
 * runs from. The bytes live in the evidence store; this is what the rules need.
 */
export interface AvRecord {
  readonly id: string;
  /** The standard name (004 音像记录名称标识), once the file is registered: how people find it. */
  readonly name?: string;
  readonly kind: AvKind;
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
  /**
   * Why the officer could not store it in time (连续工作、异地执法、偏远或交通不便地区执法):
   * the after-return deadline (000 第十六条, 001 第九条, 002 第八条(一)) applies only with one.
   */
  readonly awayReason?: AwayReason;
  /**
   * Whether the start announced time, place, officers, the act and that recording is under
   * way (001 第八条, 002 第五条(七), 003 第十七条, 004《全过程记录制度》第十六条). Absent where
   * nobody said (an AV record made before the question was asked).
   */
  readonly announcementMade?: boolean;
  readonly interruptions: readonly RecordingInterruption[];
  /** Damage found while storing it, once registered. */
  readonly storageDamage?: StorageDamage;
  /** Used as evidence: needs the evidence note (001 第七条, 003 第三十三条). */
  readonly usedAsEvidence: boolean;
  /** The `av_evidence_note` record describing it, when made. */
  readonly evidenceNoteRecordId?: string;
}
