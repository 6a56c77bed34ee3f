/**
 * The page of a 执法文书 as GB/T 9704-2012 (党政机关公文格式) sets it: A4, 天头 37 mm,
 * 订口 28 mm, and a 版心 of about 156 × 225 mm; sizes in points, 1 mm = 72 / 25.4 pt.
 */
export const mm = (millimetres: number) => (millimetres * 72) / 25.4;

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margins: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
} as const;

export const CONTENT = {
  left: PAGE.margins.left,
  right: PAGE.width - PAGE.margins.right,
  width: PAGE.width - PAGE.margins.left - PAGE.margins.right,
  top: PAGE.margins.top,
  bottom: PAGE.height - PAGE.margins.bottom,
} as const;

/** 字号 in points (GB/T 9704 names them: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小4 12 pt). */
export const SIZE = {
  masthead: 30,
  title: 22,
  body: 16,
  fields: 14,
  table: 12,
  footer: 14,
  qrCode: 8,
} as const;

/** 22 lines of 3号 in the 225 mm 版心 (GB/T 9704 5.2.2): about 28.9 pt a line. */
export const PITCH = {
  body: 28.9,
  title: 34,
  fields: 21,
  table: 17,
} as const;

/** 红色 of the 发文机关标志 and the 版头分隔线 (GB/T 9704 7.2.2, 7.2.4). */
export const RED = '#D40000';
export const BLACK = '#000000';
export const DRAFT_GREY = '#CCCCCC';

export const SEAL_DIAMETER = mm(42);
export const QR_SIZE = mm(18);
