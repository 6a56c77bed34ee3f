import type { FestivalArrangement, HolidayYear } from './holidays-data.ts';
import {
  addDays,
  comparePlainDates,
  isoWeekday,
  plainDateOf,
  toDayNumber,
  weekdayName,
  type PlainDate,
} from './plain-date.ts';
import { buildCalendarIndex } from './working-days.ts';

/**
 * Reads the text of a State Council notice (国务院办公厅关于 YYYY 年部分节假日安排的通知) and
 * turns its numbered items into a {@link HolidayYear}. Strict: every numbered item must
 * parse, every stated total (共 N 天) must equal its range, every stated weekday (周四,
 * 星期日) must be the date's weekday, and every 上班 day must be a weekend day. Used by
 * `scripts/add-holiday-year.ts` and by the server when an administrator enters a year.
 */
export class NoticeParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoticeParseError';
  }
}

const NUMERALS = '一二三四五六七八九十';
const WEEKDAYS = '一二三四五六日';

/** Half-width punctuation and spaces as web pages often give them → the notice's own. */
function normalise(line: string): string {
  return line
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/\./g, '。')
    .replace(/星期/g, '周')
    .replace(/周天/g, '周日');
}

function chineseNumber(text: string): number | undefined {
  if (/^[一二三四五六七八九]$/.test(text)) return NUMERALS.indexOf(text) + 1;
  const match = /^十([一二三四五六七八九]?)$/.exec(text);
  if (match) return 10 + (match[1] ? NUMERALS.indexOf(match[1]) + 1 : 0);
  return undefined;
}

// 2012年1月1日 · 1月28日 · 28日, each optionally followed by （农历除夕、周二）.
const DATE = String.raw`(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?`;
const DATE_RE = new RegExp(`^${DATE}`);

interface DateToken {
  readonly date: PlainDate;
  readonly length: number;
}

function readDate(
  text: string,
  defaults: { year: number; month: number | undefined },
  where: string,
): DateToken {
  const match = DATE_RE.exec(text);
  if (!match) throw new NoticeParseError(`${where}: expected a date at “${text}”`);
  const year = match[1] ? Number(match[1]) : defaults.year;
  const month = match[2] ? Number(match[2]) : defaults.month;
  if (month === undefined) throw new NoticeParseError(`${where}: “${match[0]}” has no month`);
  let date: PlainDate;
  try {
    date = plainDateOf(year, month, Number(match[3]));
  } catch {
    throw new NoticeParseError(`${where}: “${match[0]}” is not a real date in ${year}`);
  }
  const stated = match[4] ? /周([一二三四五六日])/.exec(match[4]) : null;
  if (stated && WEEKDAYS.indexOf(stated[1]!) + 1 !== isoWeekday(date)) {
    throw new NoticeParseError(
      `${where}: the notice says ${match[0]} is 周${stated[1]}, but ${date} is ${weekdayName(date)}`,
    );
  }
  return { date, length: match[0].length };
}

const monthOf = (date: PlainDate) => Number(date.slice(5, 7));

/** `一、元旦：…` → one arrangement. */
export function parseNoticeItem(line: string, year: number): FestivalArrangement {
  const text = normalise(line);
  const item = /^([一二三四五六七八九十]+)、([^：]+)：(.+)$/.exec(text);
  if (!item) throw new NoticeParseError(`not a numbered item “一、节日：…”: ${line}`);
  const festival = item[2]!;
  if (!/^[\p{Script=Han}、]+$/u.test(festival)) {
    throw new NoticeParseError(`“${festival}” is not a festival name: ${line}`);
  }
  const where = `${item[1]}、${festival}`;
  // January 1 of the notice's year may be preceded by a 上班 day in December of the year before.
  const yearFor = (month: number | undefined) =>
    festival === '元旦' && month === 12 ? year - 1 : year;
  const sentences = item[3]!.split('。').filter(Boolean);
  const first = sentences.shift() ?? '';

  // Days off: 「D1至D2放假调休，共N天」 · 「D放假，与周末连休」 · 「D放假1天，不调休」.
  const monthHint = /^(?:\d{4}年)?(\d{1,2})月/.exec(first);
  const start = readDate(
    first,
    { year: yearFor(monthHint ? Number(monthHint[1]) : undefined), month: undefined },
    where,
  );
  let rest = first.slice(start.length);
  let end = start;
  if (rest.startsWith('至')) {
    rest = rest.slice(1);
    end = readDate(
      rest,
      { year: Number(start.date.slice(0, 4)), month: monthOf(start.date) },
      where,
    );
    rest = rest.slice(end.length);
  }
  const offMatch = /^放假(?:调休)?(?:(\d+)天)?(?:，共(\d+)天|，与周末连休|，不调休)?$/.exec(rest);
  if (!offMatch) throw new NoticeParseError(`${where}: cannot read the days off in “${first}”`);
  if (comparePlainDates(end.date, start.date) < 0) {
    throw new NoticeParseError(`${where}: ${end.date} is before ${start.date}`);
  }
  const length = toDayNumber(end.date) - toDayNumber(start.date) + 1;
  for (const stated of [offMatch[1], offMatch[2]]) {
    if (stated !== undefined && Number(stated) !== length) {
      throw new NoticeParseError(
        `${where}: the notice says ${stated} days, but ${start.date} to ${end.date} is ${length}`,
      );
    }
  }

  const workdays: PlainDate[] = [];
  for (const sentence of sentences) {
    if (sentence.startsWith('鼓励')) continue; // advice (e.g. 除夕), not an arrangement
    if (!sentence.endsWith('上班')) {
      throw new NoticeParseError(`${where}: cannot read “${sentence}”`);
    }
    let list = sentence.slice(0, -'上班'.length);
    for (;;) {
      const hint = /^(?:\d{4}年)?(\d{1,2})月/.exec(list);
      const token = readDate(
        list,
        { year: yearFor(hint ? Number(hint[1]) : undefined), month: undefined },
        where,
      );
      if (isoWeekday(token.date) < 6) {
        throw new NoticeParseError(`${where}: 上班 day ${token.date} is not a weekend day`);
      }
      workdays.push(token.date);
      list = list.slice(token.length);
      if (list === '') break;
      if (!list.startsWith('、')) throw new NoticeParseError(`${where}: cannot read “${sentence}”`);
      list = list.slice(1);
    }
  }
  return { festival, from: start.date, to: end.date, days: length, workdays };
}

/**
 * The whole notice. The year comes from the title or the preamble (关于2026年… / 现将2026年…)
 * unless given; the 文号 (国办发明电〔2025〕7号) from the text unless given.
 */
export function parseHolidayNotice(
  text: string,
  options: { year?: number; documentNumber?: string } = {},
): HolidayYear {
  const lines = text.split(/\r?\n/).map(normalise).filter(Boolean);
  const all = lines.join('\n');
  const years = new Set(
    [...all.matchAll(/(?:关于|现将)(\d{4})年/g)].map((match) => Number(match[1])),
  );
  if (options.year !== undefined) years.add(options.year);
  if (years.size !== 1) {
    throw new NoticeParseError(
      years.size === 0
        ? 'cannot find the year (关于YYYY年… or 现将YYYY年…); pass it explicitly'
        : `the text names several years: ${[...years].join(', ')}`,
    );
  }
  const year = [...years][0]!;
  const numberMatch = /国办发明电[〔[［【](\d{4})[〕\]］】](\d+)号/.exec(all);
  const documentNumber =
    options.documentNumber ??
    (numberMatch ? `国办发明电〔${numberMatch[1]}〕${numberMatch[2]}号` : undefined);
  if (documentNumber === undefined) {
    throw new NoticeParseError('cannot find the 文号 (国办发明电〔YYYY〕N号); pass it explicitly');
  }

  const arrangements: FestivalArrangement[] = [];
  for (const line of lines) {
    const numeral = /^([一二三四五六七八九十]+)、/.exec(line);
    if (!numeral) continue; // title, addressees, preamble, closing, signature, date
    const expected = arrangements.length + 1;
    if (chineseNumber(numeral[1]!) !== expected) {
      throw new NoticeParseError(`item ${numeral[1]} is out of order (expected item ${expected})`);
    }
    arrangements.push(parseNoticeItem(line, year));
  }
  if (arrangements.length === 0)
    throw new NoticeParseError('no numbered items (一、元旦：…) found');
  const parsed: HolidayYear = {
    year,
    notice: `国务院办公厅关于${year}年部分节假日安排的通知`,
    documentNumber,
    arrangements,
  };
  try {
    buildCalendarIndex([parsed]); // overlaps and the other data rules
  } catch (error) {
    throw new NoticeParseError((error as Error).message);
  }
  return parsed;
}

/** Every day off of an arrangement, in order. */
export function daysOff(arrangement: FestivalArrangement): PlainDate[] {
  const days: PlainDate[] = [];
  const to = arrangement.to as PlainDate;
  for (let date = arrangement.from as PlainDate; comparePlainDates(date, to) <= 0;) {
    days.push(date);
    date = addDays(date, 1);
  }
  return days;
}

/** The year as a block of `holidays-data.ts`, in the file's (Prettier-stable) layout. */
export function formatHolidayYear(year: HolidayYear, notice?: { date?: string }): string {
  const quote = (value: string) => `'${value}'`;
  const lines = [
    `  // ${year.notice}（${year.documentNumber}${notice?.date ? `，${notice.date}` : ''}）`,
    '  {',
    `    year: ${year.year},`,
    `    notice: ${quote(year.notice)},`,
    `    documentNumber: ${quote(year.documentNumber)},`,
    '    arrangements: [',
  ];
  for (const arrangement of year.arrangements) {
    lines.push(
      '      {',
      `        festival: ${quote(arrangement.festival)},`,
      `        from: ${quote(arrangement.from)},`,
      `        to: ${quote(arrangement.to)},`,
      `        days: ${arrangement.days},`,
      `        workdays: [${arrangement.workdays.map(quote).join(', ')}],`,
      '      },',
    );
  }
  lines.push('    ],', '  },');
  return lines.join('\n') + '\n';
}

/** The date line that closes a notice (2025年11月4日), if there is one. */
export function noticeDate(text: string): string | undefined {
  const dated = text
    .split(/\r?\n/)
    .map(normalise)
    .filter((line) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(line));
  return dated.at(-1);
}
