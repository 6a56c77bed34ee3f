import type { DocumentTemplate, TemplateBlock } from '@liuhen/domain';

/*
 * The template editor's pure parts: blocks carry a key while edited (so a moved card keeps its
 * text box and its problems), moving, inserting a place-holder at the caret, and placing the
 * server's problems (`body.template.blocks.3.text`) next to the block they name.
 */

export interface EditedBlock {
  readonly key: string;
  readonly block: TemplateBlock;
}

export interface EditedTemplate {
  readonly kind: DocumentTemplate['kind'];
  readonly title: string;
  readonly sealed: boolean;
  readonly blocks: readonly EditedBlock[];
}

let nextKey = 0;
export const newKey = () => `b${++nextKey}`;

export function toEdited(template: DocumentTemplate): EditedTemplate {
  return {
    kind: template.kind,
    title: template.title,
    sealed: template.sealed,
    blocks: template.blocks.map((block) => ({ key: newKey(), block })),
  };
}

export function fromEdited(edited: EditedTemplate): DocumentTemplate {
  return {
    kind: edited.kind,
    title: edited.title,
    sealed: edited.sealed,
    blocks: edited.blocks.map((entry) => entry.block),
  };
}

/** The list with the item at `index` moved by `delta` places; unchanged at either end. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) {
    return [...items];
  }
  const moved = [...items];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, at) => at !== index);
}

export function insertItem<T>(items: readonly T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** `{{path}}` put in place of the selection; the caret goes after it. */
export function insertPlaceholder(
  text: string,
  selection: { readonly start: number; readonly end: number },
  path: string,
): { text: string; caret: number } {
  const start = Math.max(0, Math.min(selection.start, text.length));
  const end = Math.max(start, Math.min(selection.end, text.length));
  const inserted = `{{${path}}}`;
  return {
    text: text.slice(0, start) + inserted + text.slice(end),
    caret: start + inserted.length,
  };
}

/** The server's problems, by the key of the block they name; the rest concern the template. */
export interface PlacedProblems {
  /** Block key → `{ field, reason }`; `field` is within the block (`text`, `rows.2.value`). */
  readonly byBlock: ReadonlyMap<string, readonly { field: string; reason: string }[]>;
  readonly title: readonly string[];
  readonly general: readonly string[];
}

export const NO_PROBLEMS: PlacedProblems = { byBlock: new Map(), title: [], general: [] };

/**
 * `invalidParams` of a refused save or preview, placed on the blocks as they were sent
 * (`keys` in the order sent): a block moved since still shows its own problem.
 */
export function placeProblems(
  params: readonly { readonly name: string; readonly reason: string }[],
  keys: readonly string[],
): PlacedProblems {
  const byBlock = new Map<string, { field: string; reason: string }[]>();
  const title: string[] = [];
  const general: string[] = [];
  for (const { name, reason } of params) {
    const path = name.replace(/^body\.template\./, '');
    const block = /^blocks\.(\d+)(?:\.(.+))?$/.exec(path);
    const key = block === null ? undefined : keys[Number(block[1])];
    if (key !== undefined) {
      byBlock.set(key, [...(byBlock.get(key) ?? []), { field: block![2] ?? '', reason }]);
    } else if (path === 'title') {
      title.push(reason);
    } else {
      general.push(reason);
    }
  }
  return { byBlock, title: [...new Set(title)], general: [...new Set(general)] };
}

/** The text fields of a block a place-holder can go into: `text`, `rows.2.label`, `rows.2.value`. */
export function textOf(block: TemplateBlock, field: string): string | null {
  if ((block.type === 'paragraph' || block.type === 'heading') && field === 'text') {
    return block.text;
  }
  const row = /^rows\.(\d+)\.(label|value)$/.exec(field);
  if (block.type === 'fields' && row !== null) {
    const found = block.rows[Number(row[1])];
    return found === undefined ? null : found[row[2] as 'label' | 'value'];
  }
  return null;
}

/** The block with `field` set to `text`; unchanged when the block has no such field. */
export function withText(block: TemplateBlock, field: string, text: string): TemplateBlock {
  if ((block.type === 'paragraph' || block.type === 'heading') && field === 'text') {
    return { ...block, text };
  }
  const row = /^rows\.(\d+)\.(label|value)$/.exec(field);
  if (block.type === 'fields' && row !== null) {
    const index = Number(row[1]);
    if (index >= block.rows.length) return block;
    return {
      ...block,
      rows: block.rows.map((each, at) => (at === index ? { ...each, [row[2]!]: text } : each)),
    };
  }
  return block;
}

/** JSON with members sorted: the same template whatever order its members came in. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, each]) => each !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${members.map(([key, each]) => `${JSON.stringify(key)}:${sortedJson(each)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether two templates say the same (the editor's "unsaved changes"). */
export function sameTemplate(a: DocumentTemplate, b: DocumentTemplate): boolean {
  return sortedJson(a) === sortedJson(b);
}
