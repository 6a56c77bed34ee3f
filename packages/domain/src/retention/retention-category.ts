/**
 * Facts about what an AV record shows that the regulations tie to permanent retention
 * (002 第八条(四), 003 第三十二条, 004《行政执法全过程记录制度》第二十条). A profile's
 * `permanentRetentionCategories` items carry these codes, so "must this be kept for ever?"
 * is a set intersection rather than a reading of free text. The codes are facts, not
 * verdicts: whether a fact makes a record permanent is the profile's list that says.
 */
export const RETENTION_CATEGORIES = [
  /** 作为行政处罚证据使用的 (002, 003) */
  'penalty_evidence',
  /** 作为案件证据使用的 (004): evidence in any case, a penalty case included */
  'case_evidence',
  /** 当事人或者现场其他人员有阻碍执法、妨碍（妨害）公务行为的 */
  'obstruction',
  /** 处置重大突发事件、群体性事件的 */
  'major_incident',
  /** 其他重大、疑难、复杂的执法活动 (002, 003) */
  'major_complex_case',
  /** 涉访、涉诉案（事）件 (004) */
  'petition_or_litigation',
  /** 其他需要永久保存的情形 (004): the agency has judged that this one must be kept */
  'other_permanent',
] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

export const RETENTION_CATEGORY_LABELS: Readonly<Record<RetentionCategory, string>> = {
  penalty_evidence: '作为行政处罚证据使用',
  case_evidence: '作为案件证据使用',
  obstruction: '阻碍执法、妨碍公务',
  major_incident: '处置重大突发事件、群体性事件',
  major_complex_case: '重大、疑难、复杂的执法活动',
  petition_or_litigation: '涉访、涉诉案（事）件',
  other_permanent: '其他需要永久保存的情形',
};

/**
 * The categories a record is in, given those stated: evidence in a penalty case is
 * evidence in a case, so 004's "作为案件证据使用的" covers it too. Nothing else implies
 * anything (a 重大 case is not thereby 涉诉, and so on).
 */
export function impliedCategories(
  stated: readonly RetentionCategory[],
): ReadonlySet<RetentionCategory> {
  const all = new Set(stated);
  if (all.has('penalty_evidence')) all.add('case_evidence');
  return all;
}

/** Used as evidence in some case, whatever the kind of case. */
export function isEvidence(categories: ReadonlySet<RetentionCategory>): boolean {
  return categories.has('case_evidence');
}
