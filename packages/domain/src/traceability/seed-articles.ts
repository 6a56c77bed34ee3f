import type { SeedId } from '../citation/citation.ts';
import { ARTICLE_HEADING, articleNumber } from './article-number.ts';
import { SEED_DOCUMENTS } from './seed-sources.ts';

/** One article of a seed, as printed. */
export interface SeedArticle {
  readonly seed: SeedId;
  /** Only in a seed that holds several regulations (004): which one. */
  readonly document?: string;
  /** The heading, e.g. "第十二条". */
  readonly article: string;
  /**
   * The article's text after its heading, with all whitespace removed: the seeds break
   * lines and put spaces inside phrases ("2\n年", "和 其他组织"), so only the squeezed
   * text can be searched for what an article says.
   */
  readonly text: string;
  /**
   * The article as a reader sees it: one entry per printed paragraph (款, or a 项 on its own
   * line), trimmed, with the stray spaces around Chinese characters taken out.
   */
  readonly paragraphs: readonly string[];
}

/** What a citation of a seed article looks like (ProfileCitation, Citation). */
export interface SeedArticleRef {
  readonly seed: SeedId;
  readonly article: string;
  readonly document?: string;
}

export class SeedParseError extends Error {
  constructor(seed: SeedId, message: string) {
    super(`规定${seed}：${message}`);
    this.name = 'SeedParseError';
  }
}

const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, '');

/**
 * One printed line made readable: Chinese needs no spaces, so whitespace next to a non-ASCII
 * character was layout ("第 22 次", "和 其他组织"); between Latin letters or digits it is kept.
 */
const tidy = (line: string) =>
  line
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    .replace(/[\s\u3000]+/g, (space, at: number, whole: string) =>
      isWide(whole[at - 1]) || isWide(whole[at + space.length]) ? '' : ' ',
    );
const isWide = (character: string | undefined) =>
  character !== undefined && character.charCodeAt(0) > 0x7f;

/**
 * A heading starts a line (after indentation, often full-width) or follows the "。" that
 * ends the previous article on the same line (003: "…其他文书。第十五条"). Anywhere else
 * "第X条" is a cross-reference ("违反本办法第三十四条规定").
 */
const HEADING_AT = new RegExp(`(?<=^[\\s\\u3000]*|。[\\s\\u3000]*)${ARTICLE_HEADING.source}`, 'g');

/**
 * A line that is not prose: a title, a chapter heading ("第二章 程序启动的记录"), the next
 * regulation's name, an appended table. Prose lines in the seeds always carry punctuation;
 * these never do. What follows such a line up to the next heading belongs to no article.
 */
const isTitleLine = (line: string) => {
  const text = squeeze(line);
  return text.length > 0 && !/[。，；：、！？,;:!?]/.test(text);
};

interface ArticleDraft {
  readonly article: string;
  text: string;
  readonly paragraphs: string[];
}

interface DocumentDraft {
  /** Text outside any article before its 第一条 (its title, a covering notice). */
  readonly lead: string;
  readonly articles: ArticleDraft[];
}

/**
 * Splits a seed's text into its articles. A "第一条" after articles have been read starts
 * the next regulation (004 holds two); headings must rise within a regulation (they may
 * skip: 004's 公示制度 goes from 第十二条 to 第二十二条), which catches a cross-reference
 * taken for a heading.
 */
export function parseSeedArticles(seed: SeedId, raw: string): SeedArticle[] {
  const documents: DocumentDraft[] = [];
  let outside = '';
  let open: ArticleDraft | undefined;
  const add = (text: string) => {
    if (open === undefined) {
      outside += squeeze(text);
      return;
    }
    open.text += squeeze(text);
    const paragraph = tidy(text);
    if (paragraph !== '') open.paragraphs.push(paragraph);
  };

  for (const line of raw.replaceAll('[bookmark: _GoBack]', '').split(/\r?\n/)) {
    const headings = [...line.matchAll(HEADING_AT)];
    if (headings.length === 0) {
      if (isTitleLine(line)) open = undefined;
      add(line);
      continue;
    }
    add(line.slice(0, headings[0]!.index));
    headings.forEach((match, i) => {
      const article = match[0];
      const end = headings[i + 1]?.index ?? line.length;
      let document = documents.at(-1);
      if (document === undefined || (article === '第一条' && document.articles.length > 0)) {
        document = { lead: outside, articles: [] };
        documents.push(document);
      }
      const previous = document.articles.at(-1);
      if (previous !== undefined && articleNumber(article) <= articleNumber(previous.article)) {
        throw new SeedParseError(seed, `${article}出现在${previous.article}之后，编号没有递增`);
      }
      outside = '';
      open = { article, text: '', paragraphs: [] };
      document.articles.push(open);
      add(line.slice(match.index + article.length, end));
    });
  }

  return nameDocuments(seed, documents).flatMap(({ name, draft }) =>
    draft.articles.map(({ article, text, paragraphs }) =>
      name === undefined
        ? { seed, article, text, paragraphs }
        : { seed, document: name, article, text, paragraphs },
    ),
  );
}

/** Pairs the regulations found with the names citations use, checking each name is printed. */
function nameDocuments(
  seed: SeedId,
  documents: readonly DocumentDraft[],
): { name: string | undefined; draft: DocumentDraft }[] {
  const names = SEED_DOCUMENTS[seed];
  if (names === undefined) {
    if (documents.length !== 1) {
      throw new SeedParseError(seed, `找到${documents.length}个从第一条起编号的文件，预期1个`);
    }
    return [{ name: undefined, draft: documents[0]! }];
  }
  if (names.length !== documents.length) {
    throw new SeedParseError(
      seed,
      `找到${documents.length}个从第一条起编号的文件，预期${names.length}个`,
    );
  }
  return documents.map((draft, i) => {
    const name = names[i]!;
    // The title stands before the regulation's 第一条, after the previous one's last article.
    if (!draft.lead.includes(name)) {
      throw new SeedParseError(seed, `第${i + 1}个文件前没有标题“${name}”`);
    }
    return { name, draft };
  });
}

/** The article a citation names, if it exists (a seed holding two regulations needs `document`). */
export function findArticle(
  citation: SeedArticleRef,
  articles: readonly SeedArticle[],
): SeedArticle | undefined {
  return articles.find(
    (a) =>
      a.seed === citation.seed &&
      a.article === citation.article &&
      a.document === citation.document,
  );
}

export function citationExists(
  citation: SeedArticleRef,
  articles: readonly SeedArticle[],
): boolean {
  return findArticle(citation, articles) !== undefined;
}
