import type { ProfileCitation } from '../profiles/profile-schema.ts';
import { SEED_004_RECORDING } from '../profiles/seed-004.ts';
import { isPlainDate, type PlainDate } from '../calendar/plain-date.ts';

/**
 * The name of an AV file (音像记录名称标识). Seed 004's 音像记录事项清单 prescribes
 * “案件名称+八位日期+两位数序号+承办人姓名+记录内容”, and 第十八条 requires every stored
 * recording to be labelled with its case and handler. We join the five parts with `_` so the
 * name can be read back unambiguously (case names contain digits and 〔〕; names and content
 * are both Chinese), and keep it valid on every file system a township may copy it to:
 * no \ / : * ? " < > | or control characters, no trailing dot or space, no Windows device
 * name, at most 255 UTF-8 bytes.
 */
export const AV_FILE_NAME_BASIS: ProfileCitation = {
  seed: '004',
  document: SEED_004_RECORDING,
  article: '第十八条',
};

export interface AvFileNameParts {
  readonly caseName: string;
  /** The day the recording was made (八位日期), Beijing time. */
  readonly date: PlainDate;
  /** 两位数序号: the recording's number among that case's recordings of that day, 1–99. */
  readonly sequence: number;
  readonly handlerName: string;
  /** 记录内容, e.g. 现场检查 or 询问. */
  readonly content: string;
  /** Lower-case extension without the dot, e.g. mp4. */
  readonly extension: string;
}

const SEPARATOR = '_';
const MAX_BYTES = 255;
/** Printable characters no common file system accepts in a name, plus our separator. */
const FORBIDDEN = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|', '_']);
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const encoder = new TextEncoder();

export class AvFileNameError extends Error {
  readonly field: keyof AvFileNameParts | 'name';
  constructor(field: keyof AvFileNameParts | 'name', message: string) {
    super(message);
    this.name = 'AvFileNameError';
    this.field = field;
  }
}

/** Replaces what a file system would refuse (and the separator) with a full-width look-alike. */
function safePart(value: string, field: keyof AvFileNameParts): string {
  let replaced = '';
  for (const char of value.normalize('NFC').trim()) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) continue; // control characters: dropped
    if (char === '\\' || char === '/') replaced += '／';
    else if (char === '_') replaced += '＿';
    else if (FORBIDDEN.has(char))
      replaced += String.fromCodePoint(code + 0xfee0); // full width
    else replaced += char;
  }
  const cleaned = replaced.replace(/\s+/g, ' ').replace(/[. ]+$/, '');
  if (cleaned === '') throw new AvFileNameError(field, `${FIELD_LABELS[field]}不能为空`);
  return cleaned;
}

const FIELD_LABELS: Record<keyof AvFileNameParts | 'name', string> = {
  caseName: '案件名称',
  date: '日期',
  sequence: '序号',
  handlerName: '承办人姓名',
  content: '记录内容',
  extension: '扩展名',
  name: '文件名',
};

export function composeAvFileName(parts: AvFileNameParts): string {
  if (!isPlainDate(parts.date)) throw new AvFileNameError('date', '日期格式应为 YYYY-MM-DD');
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > 99) {
    throw new AvFileNameError('sequence', '序号应为 1 至 99 的整数（两位数序号）');
  }
  if (!/^[a-z0-9]{1,10}$/.test(parts.extension)) {
    throw new AvFileNameError('extension', '扩展名应为 1 至 10 位小写字母或数字，例如 mp4');
  }
  const caseName = safePart(parts.caseName, 'caseName');
  const handler = safePart(parts.handlerName, 'handlerName');
  const content = safePart(parts.content, 'content');
  if (WINDOWS_DEVICE.test(caseName)) {
    throw new AvFileNameError('caseName', '案件名称不能是系统保留名称');
  }
  const date = parts.date.replaceAll('-', '');
  const sequence = String(parts.sequence).padStart(2, '0');
  const name = [caseName, date, sequence, handler, content].join(SEPARATOR) + `.${parts.extension}`;
  if (encoder.encode(name).length > MAX_BYTES) {
    throw new AvFileNameError('name', '文件名过长（超过 255 字节），请缩短案件名称或记录内容');
  }
  return name;
}

/** Reads a name written by `composeAvFileName` back into its parts; undefined if it is not one. */
export function parseAvFileName(name: string): AvFileNameParts | undefined {
  const match = /^(.+)_(\d{4})(\d{2})(\d{2})_(\d{2})_([^_]+)_([^_]+)\.([a-z0-9]{1,10})$/.exec(
    name.normalize('NFC'),
  );
  if (!match) return undefined;
  const [, caseName, year, month, day, sequence, handlerName, content, extension] = match;
  const date = `${year}-${month}-${day}`;
  const number = Number(sequence);
  if (!isPlainDate(date) || number < 1 || caseName!.includes(SEPARATOR)) return undefined;
  return {
    caseName: caseName!,
    date,
    sequence: number,
    handlerName: handlerName!,
    content: content!,
    extension: extension!,
  };
}
