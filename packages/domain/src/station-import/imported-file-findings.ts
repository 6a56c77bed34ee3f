import { formatShanghai, instantMs, type Instant } from '../enforcement/instant.ts';
import type { PolicyProfile, ProfileCitation, ValueCitation } from '../profiles/profile-schema.ts';
import { formatDuration } from '../profiles/duration-text.ts';
import { deadlineFrom } from '../rules/deadline.ts';
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
  | { readonly kind: 'unassigned' }
  | { readonly kind: 'dismissed'; readonly dismissal: 'accidental' | 'unrelated' };

export interface ImportedFileFacts {
  readonly id: string;
  readonly fileName: string;
  readonly deviceSerial: string;
  readonly capturedUntil?: Instant;
  readonly importedAt: Instant;
  readonly placement: ImportedFilePlacement;
}

export interface ImportedFileFinding {
  readonly ruleId: 'recording-unassigned-late' | 'recording-unrelated';
  readonly severity: FindingSeverity;
  readonly citations: readonly ValueCitation[];
  readonly message: string;
  readonly subjectId: string;
  readonly dueAt?: Instant;
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
  file: Pick<ImportedFileFacts, 'capturedUntil' | 'importedAt'>,
):
  | { readonly at: Instant; readonly citations: ValueCitation[]; readonly basis: string }
  | undefined {
  const rule = profile.avStorageDeadline;
  if (rule === undefined) return undefined;
  const fromDocking = rule.from === 'return_to_unit' || file.capturedUntil === undefined;
  const start = fromDocking ? file.importedAt : file.capturedUntil!;
  const citations = uniqueCitations([rule.citation, profile.avStorageLabels?.[0]?.citation]);
  const startText = fromDocking ? '导入（返回单位）' : '拍摄结束';
  return {
    at: deadlineFrom(start, rule.value),
    citations,
    basis: `自${startText}（${formatShanghai(start)}）起 ${formatDuration(rule.value)}内，依据：${citations
      .map(citationText)
      .join('、')}`,
  };
}

function describe(file: ImportedFileFacts): string {
  return `记录仪 ${file.deviceSerial} 的音像文件「${file.fileName}」`;
}

/** `profile`: the agency's; without one, no deadline can be told, only the dismissal. */
export function importedFileFindings(
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
  if (file.placement.kind === 'case' || profile === undefined) return [];
  const deadline = placementDeadline(profile, file);
  if (deadline === undefined) return [];
  const what = `${describe(file)}尚未分配到案件，应于 ${formatShanghai(deadline.at)} 前标明案号、当事人和承办人（${deadline.basis}）`;
  if (instantMs(now) >= instantMs(deadline.at)) {
    return [
      {
        ruleId: 'recording-unassigned-late',
        severity: 'violation',
        citations: deadline.citations,
        subjectId: file.id,
        message: `${what}，已逾期 ${formatElapsed(deadline.at, now)}。请立即分配到案件；与执法无关的，请如实排除并说明。`,
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
      message: `${what}。请在期限届满前分配到案件。`,
    },
  ];
}
