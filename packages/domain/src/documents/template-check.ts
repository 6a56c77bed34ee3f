import { formatLawCitation } from '../profiles/national-law.ts';
import { recordTypeSpec } from '../records/catalogue/catalogue.ts';
import {
  pathsOfBlock,
  PLACEHOLDER,
  type DocumentTemplate,
  type TemplateBlock,
} from './document-template.ts';
import { documentKind } from './document-kinds.ts';
import { lawRequiredPaths } from './law-required-paths.ts';
import { isTemplatePath, templatePathLabel } from './template-values.ts';

export const TEMPLATE_LIMITS = { title: 40, blocks: 120, text: 2000, rows: 40 } as const;

/** Values that print others within them: 当事人基本情况 states the name and the address. */
const COVERS: Readonly<Record<string, readonly string[]>> = {
  'party.description': ['party.name', 'party.address'],
};

export interface TemplateProblem {
  /** Where, as a path into the template (blocks.3.text), for the form to point at. */
  readonly path: string;
  readonly message: string;
}

function textProblems(text: string, at: string, kind: DocumentTemplate['kind']): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if ([...text].length > TEMPLATE_LIMITS.text) {
    problems.push({ path: at, message: `每段最多 ${TEMPLATE_LIMITS.text} 个字` });
  }
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (!isTemplatePath(kind, match[1]!)) {
      problems.push({ path: at, message: `占位符 {{${match[1]}}} 不存在，请从可用字段中选择` });
    }
  }
  const stray = text.replace(PLACEHOLDER, '');
  if (stray.includes('{{') || stray.includes('}}')) {
    problems.push({ path: at, message: '占位符应写作 {{字段}}，花括号不成对' });
  }
  return problems;
}

function blockProblems(
  block: TemplateBlock,
  at: string,
  kind: DocumentTemplate['kind'],
): TemplateProblem[] {
  const fieldKinds = new Map(recordTypeSpec(kind).fields.map((f) => [`record.${f.key}`, f.kind]));
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return textProblems(block.text, `${at}.text`, kind);
    case 'fields':
      if (block.rows.length > TEMPLATE_LIMITS.rows) {
        return [{ path: `${at}.rows`, message: `每个表格最多 ${TEMPLATE_LIMITS.rows} 行` }];
      }
      return block.rows.flatMap((row, index) => [
        ...textProblems(row.label, `${at}.rows.${index}.label`, kind),
        ...textProblems(row.value, `${at}.rows.${index}.value`, kind),
      ]);
    case 'dialogue':
      return fieldKinds.get(block.path) === 'text'
        ? []
        : [{ path: `${at}.path`, message: '问答只能引用本文书的文字字段（如询问内容）' }];
    case 'list_table':
      return fieldKinds.get(block.path) === 'list'
        ? []
        : [{ path: `${at}.path`, message: '清单只能引用本文书的列表字段（如物品清单）' }];
    case 'record_fields':
    case 'signatures':
      return [];
  }
}

/** The values a template prints, by place-holder or within another value that states them. */
export function pathsShownBy(template: DocumentTemplate): Set<string> {
  const shown = new Set(template.blocks.flatMap(pathsOfBlock));
  for (const [path, covered] of Object.entries(COVERS)) {
    if (shown.has(path)) for (const each of covered) shown.add(each);
  }
  return shown;
}

/**
 * Whether an agency's template may be used: every place-holder names a value there is,
 * every field of the record's type is shown (by name or by a `record_fields` block), and
 * every item national law requires of the kind is there. Empty: the template is sound.
 */
export function templateProblems(template: DocumentTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const title = template.title.trim();
  if (title === '') problems.push({ path: 'title', message: '请填写文书标题' });
  if ([...title].length > TEMPLATE_LIMITS.title) {
    problems.push({ path: 'title', message: `文书标题最多 ${TEMPLATE_LIMITS.title} 个字` });
  }
  if (template.blocks.length > TEMPLATE_LIMITS.blocks) {
    problems.push({ path: 'blocks', message: `模板最多 ${TEMPLATE_LIMITS.blocks} 段` });
  }
  template.blocks.forEach((block, index) => {
    problems.push(...blockProblems(block, `blocks.${index}`, template.kind));
  });

  const shown = pathsShownBy(template);
  const coversRecord = template.blocks.some((block) => block.type === 'record_fields');
  if (!coversRecord) {
    const recordOnly = new Set(documentKind(template.kind).recordOnlyFields ?? []);
    for (const field of recordTypeSpec(template.kind).fields) {
      if (!recordOnly.has(field.key) && !shown.has(`record.${field.key}`)) {
        problems.push({
          path: 'blocks',
          message: `模板缺少“${field.label}”：该项为本类文书应当载明的内容，不能删去`,
        });
      }
    }
  }
  for (const required of lawRequiredPaths(template.kind)) {
    if (!shown.has(required.path)) {
      problems.push({
        path: 'blocks',
        message: `模板缺少“${templatePathLabel(template.kind, required.path)}”：${formatLawCitation(required.citation)}要求载明`,
      });
    }
  }
  return problems;
}
