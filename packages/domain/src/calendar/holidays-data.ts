/**
 * 法定节假日放假调休安排, one block per year, exactly as the State Council notice
 * (国务院办公厅关于 YYYY 年部分节假日安排的通知) states it: one entry per numbered item of the
 * notice, with the days off (放假, inclusive range, and the stated total 共 N 天) and the
 * weekend days that are working days instead (调休上班).
 *
 * Add a year with `node scripts/add-holiday-year.ts <notice.txt> --write`, which parses the
 * notice's text, checks every stated total and weekday, and inserts the block above the
 * marker at the end of the list. Never edit a year by hand without the notice in front of
 * you; the tests check each year against expectations written out separately.
 */
export interface FestivalArrangement {
  /** The festival as the notice names it: 元旦, 春节, …; 2025 has 国庆节、中秋节 together. */
  readonly festival: string;
  /** First and last day off, inclusive (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  /** The notice's own total (共 N 天); equals the length of the range. */
  readonly days: number;
  /** Weekend days that are working days for this festival (调休上班). */
  readonly workdays: readonly string[];
}

export interface HolidayYear {
  readonly year: number;
  /** Title of the notice. */
  readonly notice: string;
  /** 文号 of the notice. */
  readonly documentNumber: string;
  readonly arrangements: readonly FestivalArrangement[];
}

export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  // 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）
  {
    year: 2024,
    notice: '国务院办公厅关于2024年部分节假日安排的通知',
    documentNumber: '国办发明电〔2023〕7号',
    arrangements: [
      {
        festival: '元旦',
        from: '2024-01-01',
        to: '2024-01-01',
        days: 1,
        workdays: [],
      },
      {
        festival: '春节',
        from: '2024-02-10',
        to: '2024-02-17',
        days: 8,
        workdays: ['2024-02-04', '2024-02-18'],
      },
      {
        festival: '清明节',
        from: '2024-04-04',
        to: '2024-04-06',
        days: 3,
        workdays: ['2024-04-07'],
      },
      {
        festival: '劳动节',
        from: '2024-05-01',
        to: '2024-05-05',
        days: 5,
        workdays: ['2024-04-28', '2024-05-11'],
      },
      {
        festival: '端午节',
        from: '2024-06-10',
        to: '2024-06-10',
        days: 1,
        workdays: [],
      },
      {
        festival: '中秋节',
        from: '2024-09-15',
        to: '2024-09-17',
        days: 3,
        workdays: ['2024-09-14'],
      },
      {
        festival: '国庆节',
        from: '2024-10-01',
        to: '2024-10-07',
        days: 7,
        workdays: ['2024-09-29', '2024-10-12'],
      },
    ],
  },
  // 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）
  {
    year: 2025,
    notice: '国务院办公厅关于2025年部分节假日安排的通知',
    documentNumber: '国办发明电〔2024〕12号',
    arrangements: [
      {
        festival: '元旦',
        from: '2025-01-01',
        to: '2025-01-01',
        days: 1,
        workdays: [],
      },
      {
        festival: '春节',
        from: '2025-01-28',
        to: '2025-02-04',
        days: 8,
        workdays: ['2025-01-26', '2025-02-08'],
      },
      {
        festival: '清明节',
        from: '2025-04-04',
        to: '2025-04-06',
        days: 3,
        workdays: [],
      },
      {
        festival: '劳动节',
        from: '2025-05-01',
        to: '2025-05-05',
        days: 5,
        workdays: ['2025-04-27'],
      },
      {
        festival: '端午节',
        from: '2025-05-31',
        to: '2025-06-02',
        days: 3,
        workdays: [],
      },
      {
        festival: '国庆节、中秋节',
        from: '2025-10-01',
        to: '2025-10-08',
        days: 8,
        workdays: ['2025-09-28', '2025-10-11'],
      },
    ],
  },
  // 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）
  {
    year: 2026,
    notice: '国务院办公厅关于2026年部分节假日安排的通知',
    documentNumber: '国办发明电〔2025〕7号',
    arrangements: [
      {
        festival: '元旦',
        from: '2026-01-01',
        to: '2026-01-03',
        days: 3,
        workdays: ['2026-01-04'],
      },
      {
        festival: '春节',
        from: '2026-02-15',
        to: '2026-02-23',
        days: 9,
        workdays: ['2026-02-14', '2026-02-28'],
      },
      {
        festival: '清明节',
        from: '2026-04-04',
        to: '2026-04-06',
        days: 3,
        workdays: [],
      },
      {
        festival: '劳动节',
        from: '2026-05-01',
        to: '2026-05-05',
        days: 5,
        workdays: ['2026-05-09'],
      },
      {
        festival: '端午节',
        from: '2026-06-19',
        to: '2026-06-21',
        days: 3,
        workdays: [],
      },
      {
        festival: '中秋节',
        from: '2026-09-25',
        to: '2026-09-27',
        days: 3,
        workdays: [],
      },
      {
        festival: '国庆节',
        from: '2026-10-01',
        to: '2026-10-07',
        days: 7,
        workdays: ['2026-09-20', '2026-10-10'],
      },
    ],
  },
  // add-holiday-year: new years go above this line
];
