import type { SeedId } from '../citation/citation.ts';
import { BUILTIN_PROFILES } from '../profiles/builtin-profiles.ts';
import { CATALOGUE_PATH, profileSourcePath, ruleSourcePath } from './coverage-links.ts';
import {
  PLANNED_ISSUES,
  type ArticleCoverage,
  type Coverage,
  type CoverageKind,
} from './coverage-types.ts';
import type { SeedArticle } from './seed-articles.ts';
import { SEED_IDS } from './seed-sources.ts';
import { SECTION_NOTES } from './section-notes.ts';

/** docs/regulations.md links from docs/, so repository paths get one "../". */
const link = (text: string, repositoryPath: string) => `[${text}](../${repositoryPath})`;

const KIND_LABELS: Readonly<Record<CoverageKind, string>> = {
  rule: '规则',
  profile: '配置',
  catalogue: '文书目录',
  feature: '功能',
  planned: '计划',
  unplanned: '未计划',
  not_software: '不属于软件范围',
};
const KINDS = Object.keys(KIND_LABELS) as CoverageKind[];

/**
 * The tables are written compactly, one row per line, behind `<!-- prettier-ignore -->`:
 * aligned, every row would be padded to the longest cell and any change to one article
 * would rewrite the whole table in the diff.
 */
const PRETTIER_IGNORE = '<!-- prettier-ignore -->';

const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
const row = (cells: readonly (string | number)[]) =>
  `| ${cells.map((c) => cell(String(c))).join(' | ')} |`;
const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) => [
  PRETTIER_IGNORE,
  row(header),
  row(header.map(() => '---')),
  ...rows.map(row),
];

/** One line per item, kinds in KIND_LABELS order, rules by id; catalogue types and profile keys grouped. */
function implementation(seed: SeedId, coverage: readonly Coverage[]): string {
  const of = <K extends CoverageKind>(kind: K) =>
    coverage.filter((c): c is Extract<Coverage, { kind: K }> => c.kind === kind);
  const lines = [
    ...of('rule')
      .map((c) => c.ruleId)
      .sort()
      .map((id) => `规则 ${link(id, ruleSourcePath(id))}`),
    ...(of('profile').length === 0
      ? []
      : [
          `配置（${link(`seed-${seed}`, profileSourcePath(seed))}）：${of('profile')
            .map((c) => `\`${c.key}\``)
            .join('、')}`,
        ]),
    ...(of('catalogue').length === 0
      ? []
      : [
          `${link('文书目录', CATALOGUE_PATH)}：${of('catalogue')
            .map((c) => `\`${c.recordType}\``)
            .join('、')}`,
        ]),
    ...of('feature').map((c) => `功能 ${link(c.feature, c.where)}`),
    ...of('planned').map((c) => `计划 #${c.issue}（${PLANNED_ISSUES[c.issue]}）：${c.feature}`),
    ...of('unplanned').map((c) => `未计划：${c.note}`),
    ...of('not_software').map((c) => `不属于软件范围：${c.reason}`),
  ];
  return lines.length === 0 ? '**未登记**' : lines.join('<br>');
}

interface Section {
  readonly seed: SeedId;
  readonly document: string | undefined;
  readonly articles: readonly SeedArticle[];
}

/** Each seed, and each regulation of a seed that holds several, in text order. */
function sectionsOf(articles: readonly SeedArticle[]): Section[] {
  const sections: Section[] = [];
  for (const seed of SEED_IDS) {
    const ofSeed = articles.filter((a) => a.seed === seed);
    const documents = [...new Set(ofSeed.map((a) => a.document))];
    for (const document of documents) {
      sections.push({ seed, document, articles: ofSeed.filter((a) => a.document === document) });
    }
  }
  return sections;
}

const sectionName = (s: Section) => (s.document === undefined ? s.seed : `${s.seed} ${s.document}`);

function entryFor(
  article: SeedArticle,
  coverage: readonly ArticleCoverage[],
): ArticleCoverage | undefined {
  return coverage.find(
    (c) =>
      c.seed === article.seed && c.document === article.document && c.article === article.article,
  );
}

function summaryTable(
  sections: readonly Section[],
  coverage: readonly ArticleCoverage[],
): string[] {
  const counts = (articles: readonly SeedArticle[]) => {
    const entries = articles.map((a) => entryFor(a, coverage));
    return [
      articles.length,
      ...KINDS.map(
        (kind) => entries.filter((e) => e?.coverage.some((c) => c.kind === kind)).length,
      ),
      entries.filter((e) => e === undefined).length,
    ];
  };
  const all = sections.flatMap((s) => s.articles);
  return table(
    ['规定', '条文', ...KINDS.map((k) => KIND_LABELS[k]), '未登记'],
    [...sections.map((s) => [sectionName(s), ...counts(s.articles)]), ['合计', ...counts(all)]],
  );
}

function seedHeading(seed: SeedId): string {
  const profile = BUILTIN_PROFILES.find((p) => p.id === `seed-${seed}`);
  if (profile === undefined) return `## ${seed}`;
  const number = profile.documentNumber === undefined ? '' : `（${profile.documentNumber}）`;
  // 004's name already starts with its issuer; the others name only the regulation.
  const title = profile.name.startsWith(profile.issuer)
    ? profile.name
    : `${profile.issuer}：${profile.name}`;
  return `## ${seed} ${title}${number}`;
}

function sectionBody(section: Section, coverage: readonly ArticleCoverage[]): string[] {
  const note = SECTION_NOTES[sectionName(section)];
  return [
    ...table(
      ['条文', '要求（摘要）', '实现'],
      section.articles.map((article) => {
        const entry = entryFor(article, coverage);
        return [
          article.article,
          entry?.summary ?? '**未登记**',
          implementation(section.seed, entry?.coverage ?? []),
        ];
      }),
    ),
    ...(note === undefined ? [] : ['', note]),
  ];
}

const INTRO = [
  '# 条文与实现对照 (regulations and what implements them)',
  '',
  '<!-- Generated by scripts/generate-regulations-doc.ts; edit packages/domain/src/traceability/ and run `npm run docs:regulations`. -->',
  '',
  'Every article of the five regulations of the product’s regulation library ' +
    '(`packages/domain/src/regulations/`), with what implements it. The articles are parsed from ' +
    'the seed texts; what serves each one is written down in ' +
    '`packages/domain/src/traceability/`, and this file is generated from both by ' +
    '`npm run docs:regulations`. A test fails when an article has no entry here, when an entry or ' +
    'a citation in the code names an article the seed does not have, when a rule or profile key ' +
    'listed here does not cite the article, or when this file differs from what the script writes.',
  '',
  'The 实现 column:',
  '',
  '- **规则**: a compliance rule in `packages/domain/src/rules/` whose findings cite the article.',
  '- **配置**: the key of the seed’s built-in policy profile that holds the article’s number or list.',
  '- **文书目录**: record types of the record catalogue, with the fields the article names.',
  '- **功能**: code already in the repository.',
  '- **计划 #N**: an open issue will build it.',
  '- **未计划**: software the article needs that no issue covers yet.',
  '- **不属于软件范围**: nothing for software to do, with the reason.',
];

/** docs/regulations.md: every parsed article with its coverage (see ./article-coverage.ts). */
export function renderRegulationsDoc(
  articles: readonly SeedArticle[],
  coverage: readonly ArticleCoverage[],
): string {
  const sections = sectionsOf(articles);
  const missing = articles.filter((a) => entryFor(a, coverage) === undefined).length;
  const lines = [
    ...INTRO,
    '',
    '## 汇总',
    '',
    ...summaryTable(sections, coverage),
    '',
    `An article counts in every column whose kind serves it, so a row adds up to more than its ` +
      `articles. ${
        missing === 0
          ? `All ${articles.length} articles have an entry.`
          : `${missing} of ${articles.length} articles have no entry yet (**未登记**).`
      }`,
  ];
  for (const seed of SEED_IDS) {
    const ofSeed = sections.filter((s) => s.seed === seed);
    if (ofSeed.length === 0) continue;
    lines.push(
      '',
      seedHeading(seed),
      '',
      `Text: \`packages/domain/src/regulations/texts/seed-${seed}.ts\`.`,
    );
    for (const section of ofSeed) {
      if (section.document !== undefined) lines.push('', `### ${section.document}`);
      lines.push('', ...sectionBody(section, coverage));
    }
  }
  return `${lines.join('\n')}\n`;
}
