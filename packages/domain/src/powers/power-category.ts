/**
 * What kind of power a 权责清单 item is. Lists published under 国务院办公厅《关于推行地方各级政府
 * 工作部门权力清单制度的指导意见》 name more (行政许可, 行政征收, 行政给付…); the documents
 * Liuhen writes need only the enforcement ones, and the rest are 其他.
 */
export const POWER_CATEGORIES = ['penalty', 'coercion', 'inspection', 'other'] as const;

export type PowerCategory = (typeof POWER_CATEGORIES)[number];

export const POWER_CATEGORY_LABELS: Readonly<Record<PowerCategory, string>> = {
  penalty: '行政处罚',
  coercion: '行政强制',
  inspection: '行政检查',
  other: '其他',
};
