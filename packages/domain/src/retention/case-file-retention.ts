import { dateParts, plainDateOf, type PlainDate } from '../calendar/plain-date.ts';

/**
 * A case file's 保管期限 as its archive record states it (001 第五条(五)). The seeds never
 * fix the number: each leaves it to archive law and practice (001 第十一条, 002 第八条(一),
 * 003 第二十九条, 004《行政执法全过程记录制度》第二十二条, 000 第十八条).
 */
export type CaseFileRetention =
  { readonly kind: 'permanent' } | { readonly kind: 'years'; readonly years: number };

/**
 * The standard choices for an archive record, offered first in forms. Source: national
 * archive practice since 国家档案局令第8号《机关文件材料归档范围和文书档案保管期限规定》
 * (2006), which has 永久 and 定期 (30 年、10 年) instead of the older 永久/长期/短期. None of
 * the five seeds states these, and some archive systems (specialised archives, a province's
 * own schedule) use other terms, so this is a default list, not a constraint: any whole
 * number of years is accepted.
 */
export const STANDARD_CASE_FILE_RETENTIONS: readonly CaseFileRetention[] = [
  { kind: 'permanent' },
  { kind: 'years', years: 30 },
  { kind: 'years', years: 10 },
];

/** 永久 / 30 年, as the archive record writes it. */
export function formatCaseFileRetention(retention: CaseFileRetention): string {
  return retention.kind === 'permanent' ? '永久' : `${retention.years} 年`;
}

/**
 * The last day a case file archived on `archivedOn` must be kept for a period of `years`.
 *
 * The seeds do not say from when the period runs. Archive practice counts a fixed period
 * from the year after the one in which the file was formed (从文件形成的次年起算), so a
 * file archived on any day of 2025 with 10 years is kept through 2035-12-31. Counting from
 * the archiving date itself would end earlier; where the source is a practice rather than
 * a statute, the later end is the one that cannot lead to an unlawful disposal.
 */
export function caseFileRetainUntil(archivedOn: PlainDate, years: number): PlainDate {
  if (!Number.isInteger(years) || years <= 0) {
    throw new RangeError(`a case file's retention is a positive whole number of years: ${years}`);
  }
  return plainDateOf(dateParts(archivedOn).year + years, 12, 31);
}
