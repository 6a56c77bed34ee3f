/**
 * 文号 (document number) patterns. An agency writes its pattern the way its documents print
 * it, with two place-holders: `{年}` for the year of issue and `{号}` for the sequence
 * number of that kind in that year, e.g. `常综执罚决字〔{年}〕第{号}号` →
 * 常综执罚决字〔2026〕第3号. `{号:3}` pads the sequence to three digits (第003号), as some
 * agencies print it. The year and the sequence must both be there exactly once: without the
 * year, numbers of two years collide; without the sequence, two documents share a number.
 *
 * The sequence itself is gap-free per agency, kind and year and assigned when a document is
 * issued (apps/server/src/documents/); nothing here counts.
 */

export const DOCUMENT_NUMBER_PATTERN_MAX = 60;
/** The widest sequence padding a pattern may ask for. */
const MAX_PAD = 6;

const PLACEHOLDER = /\{([^{}]*)\}/g;

export type DocumentNumberPatternProblem =
  | 'blank'
  | 'too_long'
  | 'unknown_placeholder'
  | 'year_missing'
  | 'year_repeated'
  | 'sequence_missing'
  | 'sequence_repeated'
  | 'unbalanced_braces'
  | 'control_character';

export interface DocumentNumberPattern {
  /** The text as the agency wrote it. */
  readonly source: string;
  /** Digits the sequence is padded to (0: as is). */
  readonly sequencePad: number;
}

export type ParsedNumberPattern =
  | { readonly ok: true; readonly pattern: DocumentNumberPattern }
  | {
      readonly ok: false;
      readonly problem: DocumentNumberPatternProblem;
      readonly message: string;
    };

const MESSAGES: Record<DocumentNumberPatternProblem, string> = {
  blank: '请填写文号格式，例如：常综执罚决字〔{年}〕第{号}号',
  too_long: `文号格式最多 ${DOCUMENT_NUMBER_PATTERN_MAX} 个字`,
  unknown_placeholder: '文号格式只能使用 {年} 和 {号}（或 {号:3} 表示补足三位）两个占位符',
  year_missing: '文号格式须含 {年}，否则不同年度的文号会重复',
  year_repeated: '{年} 只能出现一次',
  sequence_missing: '文号格式须含 {号}，否则同一年度的文书会共用一个文号',
  sequence_repeated: '{号} 只能出现一次',
  unbalanced_braces: '文号格式中的花括号不成对；占位符应写作 {年}、{号}',
  control_character: '文号格式不能含换行或其他控制字符',
};

function fail(problem: DocumentNumberPatternProblem): ParsedNumberPattern {
  return { ok: false, problem, message: MESSAGES[problem] };
}

export function parseDocumentNumberPattern(raw: string): ParsedNumberPattern {
  const source = raw.trim();
  if (source === '') return fail('blank');
  if ([...source].length > DOCUMENT_NUMBER_PATTERN_MAX) return fail('too_long');
  if (/\p{Cc}/u.test(source)) return fail('control_character');
  let years = 0;
  let sequences = 0;
  let sequencePad = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (name === '年') {
      years += 1;
      continue;
    }
    const sequence = /^号(?::([1-9]))?$/.exec(name);
    if (sequence === null) return fail('unknown_placeholder');
    sequences += 1;
    sequencePad = Math.min(MAX_PAD, Number(sequence[1] ?? 0));
  }
  if (/[{}]/.test(source.replace(PLACEHOLDER, ''))) return fail('unbalanced_braces');
  if (years === 0) return fail('year_missing');
  if (years > 1) return fail('year_repeated');
  if (sequences === 0) return fail('sequence_missing');
  if (sequences > 1) return fail('sequence_repeated');
  return { ok: true, pattern: { source, sequencePad } };
}

/** The number of the `sequence`-th document of its kind issued in `year`. */
export function formatDocumentNumber(
  pattern: DocumentNumberPattern,
  year: number,
  sequence: number,
): string {
  if (!Number.isInteger(year) || year < 1949 || year > 9999) {
    throw new RangeError(`not a year of issue: ${year}`);
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`not a sequence number: ${sequence}`);
  }
  return pattern.source.replace(PLACEHOLDER, (_whole, name: string) =>
    name === '年' ? String(year) : String(sequence).padStart(pattern.sequencePad, '0'),
  );
}

/** The pattern an agency gets until it sets its own: its short name, the kind's code. */
export function defaultNumberPattern(agencyShortName: string, kindCode: string): string {
  return `${agencyShortName}${kindCode}〔{年}〕第{号}号`;
}
