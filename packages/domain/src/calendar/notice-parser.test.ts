import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS } from './holidays-data.ts';
import {
  formatHolidayYear,
  NoticeParseError,
  noticeDate,
  parseHolidayNotice,
  parseNoticeItem,
} from './notice-parser.ts';

/**
 * The notices' texts as published (中国政府网, 新华社), written out from the notices, not
 * generated from holidays-data.ts. 2024 writes 星期日 and gives no weekdays for the days off;
 * 2025 and 2026 write 周日 and add lunar dates.
 */
const NOTICE_2024 = `国务院办公厅关于2024年部分节假日安排的通知
国办发明电〔2023〕7号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

\u3000\u3000经国务院批准，现将2024年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。

\u3000\u3000一、元旦：1月1日放假，与周末连休。

\u3000\u3000二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。

\u3000\u3000三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。

\u3000\u3000四、劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。

\u3000\u3000五、端午节：6月10日放假，与周末连休。

\u3000\u3000六、中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。

\u3000\u3000七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。

\u3000\u3000节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

国务院办公厅
2023年10月25日
`;

const NOTICE_2025 = `国务院办公厅关于2025年部分节假日安排的通知
国办发明电〔2024〕12号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

\u3000\u3000经党中央、国务院批准，根据2024年11月修订的《全国年节及纪念日放假办法》，自2025年1月1日起，全体公民放假的假日增加2天，其中春节、劳动节各增加1天。据此对放假调休原则作进一步优化完善，除个别特殊情形外，春节自农历除夕起放假调休8天，国庆节自10月1日起放假调休7天，劳动节放假调休5天，元旦、清明节、端午节、中秋节分别放假调休或连休3天（如逢周三则只在当日放假），国庆节放假如逢中秋节则合并放假8天。

\u3000\u3000按照上述原则，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。

\u3000\u3000一、元旦：1月1日（周三）放假1天，不调休。

\u3000\u3000二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。

\u3000\u3000三、清明节：4月4日（周五）至6日（周日）放假，共3天。

\u3000\u3000四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。

\u3000\u3000五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。

\u3000\u3000六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。

\u3000\u3000节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

国务院办公厅
2024年11月12日
`;

const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
国办发明电〔2025〕7号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

\u3000\u3000经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。

\u3000\u3000一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。

\u3000\u3000二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。

\u3000\u3000三、清明节：4月4日（周六）至6日（周一）放假，共3天。

\u3000\u3000四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。

\u3000\u3000五、端午节：6月19日（周五）至21日（周日）放假，共3天。

\u3000\u3000六、中秋节：9月25日（周五）至27日（周日）放假，共3天。

\u3000\u3000七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。

\u3000\u3000鼓励单位和个人结合落实带薪年休假等制度，实际形成较长假期，推动错峰出行。节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

国务院办公厅
2025年11月4日
`;

describe('parseHolidayNotice', () => {
  it('reads the 2026 notice', () => {
    const parsed = parseHolidayNotice(NOTICE_2026);
    expect(parsed.year).toBe(2026);
    expect(parsed.documentNumber).toBe('国办发明电〔2025〕7号');
    expect(parsed.arrangements.map((a) => [a.festival, a.from, a.to, a.days, a.workdays])).toEqual([
      ['元旦', '2026-01-01', '2026-01-03', 3, ['2026-01-04']],
      ['春节', '2026-02-15', '2026-02-23', 9, ['2026-02-14', '2026-02-28']],
      ['清明节', '2026-04-04', '2026-04-06', 3, []],
      ['劳动节', '2026-05-01', '2026-05-05', 5, ['2026-05-09']],
      ['端午节', '2026-06-19', '2026-06-21', 3, []],
      ['中秋节', '2026-09-25', '2026-09-27', 3, []],
      ['国庆节', '2026-10-01', '2026-10-07', 7, ['2026-09-20', '2026-10-10']],
    ]);
    expect(noticeDate(NOTICE_2026)).toBe('2025年11月4日');
  });

  it('reads the 2025 notice (one-day 元旦, a range across months, 国庆节、中秋节 together)', () => {
    const parsed = parseHolidayNotice(NOTICE_2025);
    expect(parsed.documentNumber).toBe('国办发明电〔2024〕12号');
    expect(parsed.arrangements.map((a) => [a.festival, a.from, a.to, a.days, a.workdays])).toEqual([
      ['元旦', '2025-01-01', '2025-01-01', 1, []],
      ['春节', '2025-01-28', '2025-02-04', 8, ['2025-01-26', '2025-02-08']],
      ['清明节', '2025-04-04', '2025-04-06', 3, []],
      ['劳动节', '2025-05-01', '2025-05-05', 5, ['2025-04-27']],
      ['端午节', '2025-05-31', '2025-06-02', 3, []],
      ['国庆节、中秋节', '2025-10-01', '2025-10-08', 8, ['2025-09-28', '2025-10-11']],
    ]);
  });

  it('the three notices give exactly the data in holidays-data.ts', () => {
    const parsed = [NOTICE_2024, NOTICE_2025, NOTICE_2026].map((text) => parseHolidayNotice(text));
    expect(parsed).toEqual(HOLIDAY_YEARS);
  });

  it('accepts the half-width punctuation of copies on the web', () => {
    const copy = NOTICE_2026.replace(/（/g, '(')
      .replace(/）/g, ')')
      .replace(/：/g, ':')
      .replace(/，/g, ',');
    expect(parseHolidayNotice(copy)).toEqual(parseHolidayNotice(NOTICE_2026));
  });

  it('a 上班 day in December before 元旦 belongs to the year before', () => {
    const item = parseNoticeItem(
      '一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。',
      2012,
    );
    expect(item).toEqual({
      festival: '元旦',
      from: '2012-01-01',
      to: '2012-01-03',
      days: 3,
      workdays: ['2011-12-31'],
    });
    expect(
      parseNoticeItem('一、元旦：1月1日至3日放假调休，共3天。12月31日（星期六）上班。', 2012)
        .workdays,
    ).toEqual(['2011-12-31']);
  });
});

describe('parseHolidayNotice refuses what it cannot vouch for', () => {
  const refuse = (text: string, message: RegExp) =>
    expect(() => parseHolidayNotice(text)).toThrow(
      expect.objectContaining({
        name: 'NoticeParseError',
        message: expect.stringMatching(message),
      }),
    );

  it('a stated total that does not match the range', () => {
    refuse(
      NOTICE_2026.replace('放假调休，共9天', '放假调休，共8天'),
      /says 8 days, but 2026-02-15 to 2026-02-23 is 9/,
    );
  });

  it('a stated weekday that is not the date’s', () => {
    refuse(
      NOTICE_2026.replace('2月14日（周六）', '2月14日（周日）'),
      /says 2月14日（周日） is 周日, but 2026-02-14 is 周六/,
    );
  });

  it('a 上班 day that is not a weekend day', () => {
    refuse(
      NOTICE_2026.replace('5月9日（周六）上班', '5月8日上班'),
      /上班 day 2026-05-08 is not a weekend day/,
    );
  });

  it('an item that does not parse', () => {
    refuse(
      NOTICE_2026.replace('放假，共3天。\n', '休息三天。\n'),
      /三、清明节: cannot read the days off/,
    );
    refuse(
      NOTICE_2026.replace('5月9日（周六）上班。', '5月9日（周六）补班。'),
      /cannot read “5月9日（周六）补班”/,
    );
    refuse(
      NOTICE_2026.replace('2月30日', '').replace('2月14日（周六）、', '2月30日、'),
      /“2月30日” is not a real date in 2026/,
    );
    refuse(NOTICE_2026.replace('三、清明节：', '三、清明节'), /not a numbered item/);
  });

  it('items out of order, overlaps, and a missing year or 文号', () => {
    refuse(
      NOTICE_2026.replace('四、劳动节', '五、劳动节'),
      /item 五 is out of order \(expected item 4\)/,
    );
    refuse(
      NOTICE_2026.replace('5月9日（周六）上班', '4月4日（周六）上班'),
      /2026-04-04 listed twice/,
    );
    refuse(NOTICE_2026.replace(/2026年/g, ''), /cannot find the year/);
    refuse(NOTICE_2026.replace('国办发明电〔2025〕7号', ''), /cannot find the 文号/);
    refuse(
      '国务院办公厅关于2027年部分节假日安排的通知\n国办发明电〔2026〕1号\n',
      /no numbered items/,
    );
  });

  it('takes the year and 文号 from the options when the text lacks them', () => {
    const bare = NOTICE_2026.replace(/2026年/g, '').replace('国办发明电〔2025〕7号', '');
    const parsed = parseHolidayNotice(bare, {
      year: 2026,
      documentNumber: '国办发明电〔2025〕7号',
    });
    expect(parsed).toEqual(parseHolidayNotice(NOTICE_2026));
    expect(() => parseHolidayNotice(NOTICE_2026, { year: 2027 })).toThrow(NoticeParseError);
  });
});

describe('scripts/add-holiday-year.ts', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  const script = path.join(root, 'scripts/add-holiday-year.ts');
  const scratch = mkdtempSync(path.join(tmpdir(), 'liuhen-holidays-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', cwd: root });
  const notice = (name: string, text: string) => {
    const file = path.join(scratch, name);
    writeFileSync(file, text);
    return file;
  };

  it('prints the block for a year in the layout of holidays-data.ts', () => {
    const result = run(notice('2026.txt', NOTICE_2026));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      formatHolidayYear(parseHolidayNotice(NOTICE_2026), { date: '2025年11月4日' }),
    );
    const data = readFileSync(
      path.join(root, 'packages/domain/src/calendar/holidays-data.ts'),
      'utf8',
    );
    expect(data).toContain(result.stdout);
  });

  it('writes a new year into a copy of the data file, and refuses it a second time', async () => {
    const data = path.join(scratch, 'holidays-data.ts');
    const original = readFileSync(
      path.join(root, 'packages/domain/src/calendar/holidays-data.ts'),
      'utf8',
    );
    const start = original.indexOf('  // 国务院办公厅关于2025年');
    const end = original.indexOf('  // add-holiday-year:');
    writeFileSync(data, original.slice(0, start) + original.slice(end)); // 2024 only
    const file = notice('2025.txt', NOTICE_2025);
    const first = run(file, '--write', '--data', data);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const second = run(file, '--write', '--data', data);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/refused: 2025 is already in/);
    const written = await import(pathToFileURL(data).href);
    expect(written.HOLIDAY_YEARS).toEqual(HOLIDAY_YEARS.slice(0, 2));
  });

  it('refuses a notice that does not add up, writing nothing', () => {
    const data = path.join(scratch, 'untouched.ts');
    writeFileSync(data, 'unchanged');
    const result = run(
      notice('bad.txt', NOTICE_2026.replace('共7天', '共8天')),
      '--write',
      '--data',
      data,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/refused: 七、国庆节: the notice says 8 days/);
    expect(readFileSync(data, 'utf8')).toBe('unchanged');
  });
});
