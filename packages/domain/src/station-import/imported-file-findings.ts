import { formatShanghai, instantMs, isBefore, type Instant } from '../enforcement/instant.ts';
import { AWAY_REASON_LABELS, type AwayReason } from '../records/av-record.ts';
import { clockDriftFinding, type ClockReading } from './camera-clock.ts';
import type { PolicyProfile, ProfileCitation, ValueCitation } from '../profiles/profile-schema.ts';
import { formatDuration } from '../profiles/duration-text.ts';
import {
  deadlineDetailFrom,
  deadlineFrom,
  formatDueBy,
  provisionalNote,
} from '../rules/deadline.ts';
import type { FindingSeverity } from '../rules/finding.ts';
import { citationText, uniqueCitations } from '../rules/av/citations.ts';
import { formatElapsed } from '../rules/av/elapsed.ts';

/**
 * Findings about a docked camera's file that belongs to no case yet. They are the agency's,
 * not a case's: nobody has said which case the recording is for, so no case can show them.
 */

/** Where an imported file stands. */
export type ImportedFilePlacement =
  | { readonly kind: 'case' }
  /** On an incident (事件): labelled with its name (004 第十八条), so placed in time. */
  | { readonly kind: 'incident' }
  | { readonly kind: 'unassigned' }
  | { readonly kind: 'dismissed'; readonly dismissal: 'accidental' | 'unrelated' };

export interface ImportedFileFacts {
  readonly id: string;
  readonly fileName: string;
  readonly deviceSerial: string;
  readonly capturedUntil?: Instant;
  readonly importedAt: Instant;
  readonly placement: ImportedFilePlacement;
  /** Why the camera comes back late (连续工作、异地执法、偏远地区), as the station said. */
  readonly awayReason?: AwayReason;
  /** The camera's and the station's clocks at docking, when the station read them. */
  readonly clock?: ClockReading;
}

export interface ImportedFileFinding {
  readonly ruleId: 'recording-unassigned-late' | 'recording-unrelated' | 'camera-clock-drift';
  readonly severity: FindingSeverity;
  readonly citations: readonly ValueCitation[];
  readonly message: string;
  readonly subjectId: string;
  readonly dueAt?: Instant;
  /** As on a case's finding: the deadline runs into a year whose holidays are not entered. */
  readonly provisional?: { readonly uncoveredYears: readonly number[] };
}

/** 利用执法设备记录与执法无关的活动 (000 第二十一条(六)). */
export const UNRELATED_RECORDING_CITATION: ProfileCitation = { seed: '000', article: '第二十一条' };

/**
 * By when an imported file must carry its case (案号、当事人、承办人: 003 第二十九条,
 * 004 第十八条): the profile's storage deadline. It runs from the end of the recording; where
 * the profile counts from the return to the unit (003), from the docking, since a camera
 * docked at the unit's collection station proves the officer was back by then.
 */
export function placementDeadline(
  profile: PolicyProfile,
  file: Pick<ImportedFileFacts, 'capturedUntil' | 'importedAt' | 'awayReason'>,
):
  | {
      readonly at: Instant;
      readonly citations: ValueCitation[];
      readonly basis: string;
      /** Years whose holidays were guessed (the deadline is provisional); empty: exact. */
      readonly uncoveredYears: readonly number[];
    }
  | undefined {
  const ordinary = profile.avStorageDeadline;
  if (ordinary === undefined) return undefined;
  const fromDocking = ordinary.from === 'return_to_unit' || file.capturedUntil === undefined;
  let rule = ordinary;
  let start = fromDocking ? file.importedAt : file.capturedUntil!;
  let startText = fromDocking ? '导入（返回单位）' : '拍摄结束';
  // The after-return relief (000 第十六条, 001 第九条, 002 第八条(一)), as for a registered AV
  // record (../rules/av/storage-deadline.ts): only with a reason the seeds allow, counted
  // from the docking, and never earlier than the ordinary deadline.
  const relief = profile.avStorageAfterReturnDeadline;
  if (relief !== undefined && file.awayReason !== undefined) {
    const afterReturn = deadlineFrom(file.importedAt, relief.value);
    if (!isBefore(afterReturn, deadlineFrom(start, ordinary.value))) {
      rule = relief;
      start = file.importedAt;
      startText = `${AWAY_REASON_LABELS[file.awayReason]}后返回单位导入`;
    }
  }
  const citations = uniqueCitations([rule.citation, profile.avStorageLabels?.[0]?.citation]);
  const { at, uncoveredYears } = deadlineDetailFrom(start, rule.value);
  return {
    at,
    uncoveredYears,
    citations,
    basis: `自${startText}（${formatShanghai(start)}）起 ${formatDuration(rule.value)}内，依据：${citations
      .map(citationText)
      .join('、')}`,
  };
}

/** 标明案号、当事人姓名或者名称、承办人姓名: what the profile says a stored file must carry. */
function storageLabelsDuty(profile: PolicyProfile): string {
  const labels = profile.avStorageLabels?.map((item) => item.value.trim());
  return labels === undefined ? '分配到所属案件或事件' : `标明${labels.join('、')}`;
}

function describe(file: ImportedFileFacts): string {
  return `记录仪 ${file.deviceSerial} 的音像文件「${file.fileName}」`;
}

/**
 * `profile`: the agency's; without one, no deadline can be told, only the dismissal. The
 * clock finding stays wherever the file goes: it is about the times the file carries.
 */
export function importedFileFindings(
  profile: PolicyProfile | undefined,
  file: ImportedFileFacts,
  now: Instant,
): ImportedFileFinding[] {
  const drift = clockDriftFinding(profile, file.clock, describe(file));
  const clock: ImportedFileFinding[] =
    drift === undefined
      ? []
      : [
          {
            ruleId: 'camera-clock-drift',
            severity: 'violation',
            citations: [drift.citation],
            subjectId: file.id,
            message: drift.message,
          },
        ];
  return [...clock, ...placementFindings(profile, file, now)];
}

function placementFindings(
  profile: PolicyProfile | undefined,
  file: ImportedFileFacts,
  now: Instant,
): ImportedFileFinding[] {
  if (file.placement.kind === 'dismissed') {
    if (file.placement.dismissal !== 'unrelated') return [];
    return [
      {
        ruleId: 'recording-unrelated',
        severity: 'violation',
        citations: [UNRELATED_RECORDING_CITATION],
        subjectId: file.id,
        message:
          `${describe(file)}经确认与执法无关。利用执法设备记录与执法无关的活动，` +
          `属于${citationText(UNRELATED_RECORDING_CITATION)}第（六）项所列行为，应责令改正。`,
      },
    ];
  }
  if (file.placement.kind !== 'unassigned' || profile === undefined) return [];
  const deadline = placementDeadline(profile, file);
  if (deadline === undefined) return [];
  const what = `${describe(file)}尚未分配到案件或事件，应于 ${formatDueBy(deadline.at)}${storageLabelsDuty(profile)}（${deadline.basis}）`;
  if (deadline.uncoveredYears.length > 0) {
    // Provisional: the earliest end; never late until the year is entered.
    const passed = instantMs(now) >= instantMs(deadline.at) ? '按最早可能的期限已届满。' : '';
    return [
      {
        ruleId: 'recording-unassigned-late',
        severity: 'due',
        citations: deadline.citations,
        subjectId: file.id,
        dueAt: deadline.at,
        message: `${what}。${passed}请尽快分配到案件或事件。${provisionalNote(deadline.uncoveredYears)}`,
        provisional: { uncoveredYears: deadline.uncoveredYears },
      },
    ];
  }
  if (instantMs(now) >= instantMs(deadline.at)) {
    return [
      {
        ruleId: 'recording-unassigned-late',
        severity: 'violation',
        citations: deadline.citations,
        subjectId: file.id,
        message: `${what}，已逾期 ${formatElapsed(deadline.at, now)}。请立即分配到案件或事件；与执法无关的，请如实排除并说明。`,
      },
    ];
  }
  return [
    {
      ruleId: 'recording-unassigned-late',
      severity: 'due',
      citations: deadline.citations,
      subjectId: file.id,
      dueAt: deadline.at,
      message: `${what}。请在期限届满前分配到案件或事件。`,
    },
  ];
}
