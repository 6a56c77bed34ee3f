/**
 * Why the decision period of 行政处罚法 第六十条 stands still. The departmental rules that
 * article defers to leave out of the period the time of 检测、检验、检疫、鉴定, of a hearing
 * and of a public notice, and the time a case is 中止 for another cause.
 */
export const SUSPENSION_CAUSES = ['testing', 'hearing', 'public_notice', 'other'] as const;
export type SuspensionCause = (typeof SUSPENSION_CAUSES)[number];
export const SUSPENSION_CAUSE_LABELS: Readonly<Record<SuspensionCause, string>> = {
  testing: '检测、检验、检疫、鉴定',
  hearing: '听证',
  public_notice: '公告',
  other: '案件中止（其他原因）',
};
