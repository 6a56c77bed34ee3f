import type { PlainDate } from '../calendar/plain-date.ts';
import type { CaseFileRetention } from './case-file-retention.ts';
import type { RetentionCategory } from './retention-category.ts';

/** A case file once archived: when, and the 保管期限 its archive record states. */
export interface CaseFileArchive {
  readonly archivedOn: PlainDate;
  readonly retention: CaseFileRetention;
}

/**
 * Where an AV record stands towards a case file. `none` is a recording that goes into no
 * case file (001 第十条: 日常监督检查 records stay with the department); `pending` is one
 * whose case file is not archived yet, so a retention that follows the case file cannot
 * be known.
 */
export type CaseFileLink =
  | { readonly status: 'none' }
  | { readonly status: 'pending' }
  | ({ readonly status: 'archived' } & CaseFileArchive);

/**
 * An AV record as retention sees it. `recordedOn` is the date the recording was completed
 * (002 第八条(一) "音像记录制作完成后"): a recording across midnight counts from its later
 * date, which keeps it longer.
 */
export interface AvRetentionSubject {
  readonly kind: 'av';
  readonly recordedOn: PlainDate;
  /** What it shows; `penalty_evidence` / `case_evidence` when used as evidence. */
  readonly categories: readonly RetentionCategory[];
  readonly caseFile: CaseFileLink;
}

/** An archived case file (案卷). */
export interface CaseFileRetentionSubject {
  readonly kind: 'case_file';
  readonly archive: CaseFileArchive;
}

export type RetentionSubject = AvRetentionSubject | CaseFileRetentionSubject;
