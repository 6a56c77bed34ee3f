import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from './builtin-profiles.ts';
import type { Duration } from './duration.ts';
import type { PolicyProfile, ProfileCitation, ValueCitation } from './profile-schema.ts';
import { seed000Profile } from './seed-000.ts';
import { seed001Profile } from './seed-001.ts';
import { seed002Profile } from './seed-002.ts';
import { seed003Profile } from './seed-003.ts';
import { SEED_004_PUBLICATION, SEED_004_RECORDING, seed004Profile } from './seed-004.ts';
import { regulationArticles } from '../regulations/library.ts';
import { findArticle } from '../traceability/seed-articles.ts';

const articles = regulationArticles();

/** The cited article's text, whitespace removed (the seeds break lines inside phrases: "2\n年"). */
function articleText(citation: ValueCitation): string | undefined {
  // The seeds' profiles cite their own seed only (national law is not in the library).
  if ('law' in citation) return undefined;
  return findArticle(citation, articles)?.text;
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
    const documents = (seed: string) => [
      ...new Set(articles.filter((a) => a.seed === seed).map((a) => a.document)),
    ];
    expect(documents('004')).toEqual([SEED_004_PUBLICATION, SEED_004_RECORDING]);
    for (const seed of ['000', '001', '002', '003'] as const)
      expect(documents(seed)).toEqual([undefined]);
    expect(articleText({ seed: '003', article: '第三十四条' })).toContain('涉及国家秘密');
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
      seed004Profile.mandatoryAvActs?.filter(
        (a) => a.citation.article === '第十二条' && !a.value.startsWith('音像记录事项清单'),
      ),
    ).toHaveLength(12);
    expect(seed004Profile.permanentRetentionCategories).toHaveLength(5);
    expect(seed002Profile.permanentRetentionCategories).toHaveLength(4);
    expect(seed003Profile.permanentRetentionCategories).toHaveLength(4);
    expect(seed003Profile.serviceMethods).toHaveLength(7);
    expect(seed002Profile.simplifiedProcedureRecordItems).toHaveLength(7);
    // 第三十九条: 承办人 proposes, 审核人 reviews, 批准人 approves — two steps after the proposal.
    expect(seed003Profile.approvalChain?.decision?.map((step) => step.label)).toEqual([
      '审核',
      '法制审核',
      '批准',
    ]);
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
