/**
 * Adds a year of official holidays from the text of the State Council notice
 * (国务院办公厅关于 YYYY 年部分节假日安排的通知, copied from www.gov.cn into a UTF-8 file):
 *
 *   node scripts/add-holiday-year.ts notice-2027.txt            # print the data block
 *   node scripts/add-holiday-year.ts notice-2027.txt --write    # insert it into holidays-data.ts
 *
 * Options: --year YYYY and --document '国办发明电〔YYYY〕N号' when the text lacks them;
 * --data <file> to write into another copy of holidays-data.ts.
 * Refuses (exit 1, nothing written) if any numbered item does not parse, a stated total or
 * weekday does not match the dates, or the year is already there. Review the diff against
 * the notice, then run the calendar tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  formatHolidayYear,
  NoticeParseError,
  noticeDate,
  parseHolidayNotice,
} from '../packages/domain/src/calendar/notice-parser.ts';

const DEFAULT_DATA_FILE = path.join(
  import.meta.dirname,
  '../packages/domain/src/calendar/holidays-data.ts',
);
const MARKER = '  // add-holiday-year: new years go above this line\n';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      write: { type: 'boolean', default: false },
      year: { type: 'string' },
      document: { type: 'string' },
      // Another copy of holidays-data.ts (the tests write into a temporary one).
      data: { type: 'string', default: DEFAULT_DATA_FILE },
    },
  });
  if (positionals.length !== 1) {
    process.stderr.write(
      'usage: node scripts/add-holiday-year.ts <notice.txt> [--write] [--year YYYY] [--document 文号] [--data file]\n',
    );
    return 2;
  }
  const text = readFileSync(positionals[0]!, 'utf8');
  let block: string;
  let year: number;
  try {
    const parsed = parseHolidayNotice(text, {
      ...(values.year ? { year: Number(values.year) } : {}),
      ...(values.document ? { documentNumber: values.document } : {}),
    });
    year = parsed.year;
    const date = noticeDate(text);
    block = formatHolidayYear(parsed, date ? { date } : {});
  } catch (error) {
    if (!(error instanceof NoticeParseError)) throw error;
    process.stderr.write(`add-holiday-year: refused: ${error.message}\n`);
    return 1;
  }
  if (!values.write) {
    process.stdout.write(block);
    return 0;
  }
  const dataFile = values.data;
  const source = readFileSync(dataFile, 'utf8');
  if (new RegExp(`^    year: ${year},$`, 'm').test(source)) {
    process.stderr.write(`add-holiday-year: refused: ${year} is already in ${dataFile}\n`);
    return 1;
  }
  const at = source.indexOf(MARKER);
  if (at < 0 || source.indexOf(MARKER, at + 1) >= 0) {
    process.stderr.write(`add-holiday-year: refused: the marker line is missing in ${dataFile}\n`);
    return 1;
  }
  writeFileSync(dataFile, source.slice(0, at) + block + source.slice(at));
  process.stdout.write(`added ${year} to ${dataFile}; review the diff against the notice\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
