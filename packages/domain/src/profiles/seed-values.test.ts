import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from './builtin-profiles.ts';
import type { Duration } from './duration.ts';
import type { PolicyProfile, ProfileCitation } from './profile-schema.ts';
import { seed000Profile } from './seed-000.ts';
import { seed001Profile } from './seed-001.ts';
import { seed002Profile } from './seed-002.ts';
import { seed003Profile } from './seed-003.ts';
import { seed004Profile } from './seed-004.ts';

// The seeds are read in place: repository and shared/ side by side (LIUHEN_SHARED_DIR
// names another place for shared/).
const SHARED =
  process.env.LIUHEN_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../../../shared');
const SEED_FILES = {
  '000': '000_d058e5539593b413.txt',
  '001': '001_a007bb1a4b965792.txt',
  '002': '002_b7d910a5cff571f1.txt',
  '003': '003_6144206747c3b8c4.txt',
  '004': '004_fd3588054ff4263a.txt',
} as const;

/** Whitespace (incl. full-width) removed: the seeds break lines inside phrases ("2\n年"). */
const squeeze = (text: string) =>
  text.replace(/[\s\u3000]+/g, '').replaceAll('[bookmark:_GoBack]', '');

const HEADING = /第[零一二三四五六七八九十百]+条/g;

/** An article heading, not a cross-reference such as "违反本办法第三十四条规定". */
function isHeading(text: string, index: number, match: string): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  const after = text.slice(index + match.length, index + match.length + 2);
  return !/本办法|本制度|本规定/.test(before) && after !== '规定';
}

interface SeedDocument {
  /** The two lines before its 第一条 (its title, or the notice's last line and the title). */
  readonly heading: string;
  readonly articles: ReadonlyMap<string, string>;
}

/** Splits a seed into its regulations (each starts again at 第一条) and their articles. */
function readSeed(seed: keyof typeof SEED_FILES): readonly SeedDocument[] {
  const raw = readFileSync(path.join(SHARED, 'seeds', SEED_FILES[seed]), 'utf8');
  const text = squeeze(raw);
  const headings = [...text.matchAll(HEADING)].filter((m) => isHeading(text, m.index, m[0]));
  const documents: { heading: string; articles: Map<string, string> }[] = [];
  headings.forEach((m, i) => {
    if (m[0] === '第一条' || documents.length === 0) {
      documents.push({ heading: headingBefore(raw, text.slice(0, m.index)), articles: new Map() });
    }
    const end = headings[i + 1]?.index ?? text.length;
    const current = documents.at(-1);
    if (current !== undefined && !current.articles.has(m[0])) {
      current.articles.set(m[0], text.slice(m.index, end));
    }
  });
  return documents;
}

/** The last two non-empty raw lines whose squeezed text ends the prefix. */
function headingBefore(raw: string, squeezedPrefix: string): string {
  const lines = raw
    .split('\n')
    .map(squeeze)
    .filter((l) => l.length > 0);
  let consumed = '';
  const kept: string[] = [];
  for (const line of lines) {
    if (consumed.length >= squeezedPrefix.length) break;
    consumed += line;
    kept.push(line);
  }
  return kept.slice(-2).join('');
}

const seeds = new Map(
  (Object.keys(SEED_FILES) as (keyof typeof SEED_FILES)[]).map((s) => [s, readSeed(s)]),
);

function articleText(citation: ProfileCitation): string | undefined {
  const documents = seeds.get(citation.seed) ?? [];
  const document =
    citation.document === undefined
      ? documents.length === 1
        ? documents[0]
        : undefined
      : documents.find((d) => d.heading.includes(citation.document ?? ''));
  return document?.articles.get(citation.article);
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function chineseNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (CHINESE_DIGITS[tens] ?? '')}十${ones === 0 ? '' : (CHINESE_DIGITS[ones] ?? '')}`;
}
const UNIT_WORDS: Readonly<Record<Duration['unit'], readonly string[]>> = {
  hours: ['小时'],
  calendar_days: ['日', '天'],
  working_days: ['个工作日'],
  months: ['个月'],
  years: ['年'],
};
/** Every way the seeds write this duration: "24小时", "2个工作日", "二日", "六个月". */
function phrases(d: Duration): string[] {
  const numerals = [String(d.amount), chineseNumeral(d.amount)];
  return numerals.flatMap((n) => UNIT_WORDS[d.unit].map((u) => `${n}${u}`));
}

/** Every dated value in a profile, wherever it sits, with where it sits. */
function numericValues(
  profile: PolicyProfile,
): { path: string; value: Duration; citation: ProfileCitation }[] {
  const found: { path: string; value: Duration; citation: ProfileCitation }[] = [];
  const walk = (node: unknown, at: string) => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const value = record.value as Partial<Duration> | undefined;
    if (typeof value === 'object' && typeof value.amount === 'number') {
      found.push({
        path: at,
        value: value as Duration,
        citation: record.citation as ProfileCitation,
      });
      return;
    }
    for (const [key, child] of Object.entries(record))
      walk(child, at === '' ? key : `${at}.${key}`);
  };
  walk(profile, '');
  return found;
}

const d = (amount: number, unit: Duration['unit']): Duration => ({ amount, unit });

/** What each regulation says, read article by article (see the seeds' README). */
const EXPECTED: Readonly<Record<string, readonly (readonly [string, Duration, string])[]>> = {
  'seed-000': [
    ['avStorageDeadline', d(24, 'hours'), '第十六条'],
    ['avStorageAfterReturnDeadline', d(24, 'hours'), '第十六条'],
  ],
  'seed-001': [
    ['avStorageDeadline', d(2, 'working_days'), '第九条'],
    ['avStorageAfterReturnDeadline', d(24, 'hours'), '第九条'],
    ['archivingDeadline', d(20, 'calendar_days'), '第十条'],
  ],
  'seed-002': [
    ['avStorageDeadline', d(2, 'working_days'), '第八条'],
    ['avStorageAfterReturnDeadline', d(2, 'working_days'), '第八条'],
    ['archivingDeadline', d(30, 'calendar_days'), '第八条'],
    ['avRetentionMinimum', d(2, 'years'), '第八条'],
  ],
  'seed-003': [
    ['avStorageDeadline', d(2, 'working_days'), '第二十九条'],
    ['archivingDeadline', d(30, 'calendar_days'), '第二十九条'],
    ['emergencyLaunchApprovalDeadline', d(24, 'hours'), '第十条'],
    ['avRetentionMinimum', d(2, 'years'), '第三十二条'],
  ],
  'seed-004': [
    ['avStorageDeadline', d(2, 'calendar_days'), '第十八条'],
    ['avRetentionMinimum', d(6, 'months'), '第二十条'],
    ['publication.penaltyResultDeadline', d(7, 'working_days'), '第十条'],
    ['publication.withdrawalOnRevocationDeadline', d(5, 'working_days'), '第十条'],
    ['publication.removalAfter', d(5, 'years'), '第十一条'],
    ['publication.correctionDeadline', d(5, 'working_days'), '第十二条'],
  ],
};

describe('seed texts as the tests read them', () => {
  it('splits 004 into its two regulations and the others into one', () => {
    expect(seeds.get('004')?.map((doc) => doc.heading.includes('公示制度'))).toEqual([true, false]);
    expect(seeds.get('004')?.[1]?.heading).toContain('行政执法全过程记录制度');
    for (const seed of ['000', '001', '002', '003'] as const)
      expect(seeds.get(seed)).toHaveLength(1);
    expect(seeds.get('003')?.[0]?.articles.get('第三十四条')).toContain('涉及国家秘密');
  });
});

describe.each(BUILTIN_PROFILES.map((p) => [p.id, p] as const))('%s', (id, profile) => {
  const expected = EXPECTED[id] ?? [];

  it('states exactly the numbers expected, nothing more', () => {
    const actual = numericValues(profile);
    expect(actual.map((v) => [v.path, v.value, v.citation.article])).toEqual(
      expected.map(([p, value, article]) => [p, value, article]),
    );
  });

  it.each(expected.map(([p, value, article]) => [p, value, article] as const))(
    '%s = %o, written in %s',
    (at, value) => {
      const entry = numericValues(profile).find((v) => v.path === at);
      const text = entry === undefined ? undefined : articleText(entry.citation);
      expect(text, `${entry?.citation.article} not found in seed ${profile.seed}`).toBeDefined();
      const written = phrases(value).filter((p) => text?.includes(p));
      expect(written, `${text}`).not.toHaveLength(0);
    },
  );

  it('cites only articles that exist in its seed', () => {
    const citations: ProfileCitation[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      if (typeof record.article === 'string') citations.push(record as unknown as ProfileCitation);
      else Object.values(record).forEach(walk);
    };
    walk(profile);
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      expect(c.seed).toBe(profile.seed);
      expect(articleText(c), `${c.document ?? ''}${c.article}`).toBeDefined();
    }
  });
});

describe('lists quoted from the seeds', () => {
  it('keeps the counts the regulations give', () => {
    expect(seed004Profile.textRecordActs).toHaveLength(10);
    expect(
      seed004Profile.mandatoryAvActs?.filter((a) => a.citation.article === '第十二条'),
    ).toHaveLength(12);
    expect(seed004Profile.permanentRetentionCategories).toHaveLength(5);
    expect(seed002Profile.permanentRetentionCategories).toHaveLength(4);
    expect(seed003Profile.permanentRetentionCategories).toHaveLength(4);
    expect(seed003Profile.serviceMethods).toHaveLength(7);
    expect(seed002Profile.simplifiedProcedureRecordItems).toHaveLength(7);
    expect(seed003Profile.approvalChain?.steps).toEqual(['承办人', '审核人', '批准人']);
    expect(seed003Profile.actTypes).toHaveLength(6);
  });

  it('quotes list entries that appear in the cited article (whitespace aside)', () => {
    const verbatim = [
      ...(seed002Profile.permanentRetentionCategories ?? []),
      ...(seed003Profile.permanentRetentionCategories ?? []),
      ...(seed004Profile.permanentRetentionCategories ?? []),
      ...(seed004Profile.textRecordActs ?? []),
      ...(seed004Profile.publication?.exclusions ?? []),
      ...(seed002Profile.compulsoryExecutionMethods ?? []),
      ...(seed003Profile.simplifiedProcedureRecordItems ?? []),
      ...BUILTIN_PROFILES.flatMap((p) => [
        ...(p.avStorageLabels ?? []),
        ...(p.evidenceAvNoteFields ?? []),
        ...(p.archiveRecordFields ?? []),
        ...(p.actTypes ?? []),
      ]),
    ];
    for (const item of verbatim) {
      // 004 writes some brackets half-width and 采/釆 inconsistently; compare loosely there.
      const loose = (s: string) => s.replaceAll('釆', '采').replace(/[()（）]/g, '');
      expect(loose(articleText(item.citation) ?? ''), item.value).toContain(loose(item.value));
    }
  });

  it('names who approves access in the cited article', () => {
    for (const profile of [seed000Profile, seed001Profile, seed004Profile]) {
      for (const rule of profile.accessApproval ?? []) {
        expect(articleText(rule.citation)).toContain(rule.approver);
      }
    }
  });
});
