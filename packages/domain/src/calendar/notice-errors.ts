/**
 * The notice parser's messages (notice-parser.ts, written for the maintainer running the
 * script) in Chinese, for an administrator who pasted the notice in the web. Each pattern
 * follows one `throw` of the parser; anything else is shown as it is, after a Chinese lead.
 */
const TRANSLATIONS: readonly [RegExp, (...groups: string[]) => string][] = [
  [
    /^not a numbered item “一、节日：…”: (.*)$/s,
    (line) => `无法识别编号条目（应为“一、元旦：……”）：${line}`,
  ],
  [/^“(.*)” is not a festival name: (.*)$/s, (name) => `“${name}”不是节日名称`],
  [/^(.*): expected a date at “(.*)”$/s, (where, at) => `${where}：此处应为日期：“${at}”`],
  [/^(.*): “(.*)” has no month$/s, (where, date) => `${where}：“${date}”缺少月份`],
  [
    /^(.*): “(.*)” is not a real date in (\d+)$/s,
    (where, date, year) => `${where}：“${date}”在 ${year} 年不是有效日期`,
  ],
  [
    /^(.*): the notice says (.*) is 周(.), but (\S+) is (.*)$/s,
    (where, date, stated, iso, actual) =>
      `${where}：通知写 ${date} 为周${stated}，但 ${iso} 是${actual}`,
  ],
  [
    /^(.*): cannot read the days off in “(.*)”$/s,
    (where, text) => `${where}：无法读出放假日期：“${text}”`,
  ],
  [
    /^(.*): (\S+) is before (\S+)$/s,
    (where, end, start) => `${where}：结束日期 ${end} 早于开始日期 ${start}`,
  ],
  [
    /^(.*): the notice says (\d+) days, but (\S+) to (\S+) is (\d+)$/s,
    (where, stated, from, to, length) =>
      `${where}：通知写共 ${stated} 天，但 ${from} 至 ${to} 是 ${length} 天`,
  ],
  [
    /^(.*): 上班 day (\S+) is not a weekend day$/s,
    (where, date) => `${where}：调休上班日 ${date} 不是周末`,
  ],
  [/^(.*): cannot read “(.*)”$/s, (where, text) => `${where}：无法识别“${text}”`],
  [
    /^cannot find the year/s,
    () => '找不到年份（标题应为“国务院办公厅关于YYYY年部分节假日安排的通知”）',
  ],
  [/^the text names several years: (.*)$/s, (years) => `文本中出现多个年份：${years}`],
  [/^cannot find the 文号/s, () => '找不到文号（国办发明电〔YYYY〕N号）'],
  [
    /^item (\S+) is out of order \(expected item (\d+)\)$/s,
    (item, n) => `条目“${item}、”顺序不对（应为第 ${n} 项）`,
  ],
  [/^no numbered items/s, () => '没有找到“一、元旦：……”这样的编号条目'],
  [/^holiday data: (\S+) listed twice/s, (date) => `${date} 在多个节日中重复出现`],
  [/^holiday data: (.*)$/s, (what) => `安排不一致：${what}`],
];

export function noticeErrorInChinese(message: string): string {
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(message);
    if (match) return translate(...match.slice(1));
  }
  return message;
}
