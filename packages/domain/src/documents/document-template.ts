import type { RecordTypeId } from '../records/record-type-ids.ts';

/**
 * A document template: what a kind of document says and in which order, as data an agency
 * may adapt (its wording, its order, extra paragraphs) without code. Text holds
 * place-holders `{{path}}` for values of the case (./template-values.ts): `{{party.name}}`,
 * `{{record.facts}}`, `{{facts.penalties}}` …. A template may not drop a value the law requires
 * of its kind (`requiredPaths`, checked by ./template-check.ts): an agency can reword its
 * 行政处罚决定书 but cannot issue one without the 救济途径.
 */
export interface DocumentTemplate {
  readonly kind: RecordTypeId;
  /** 标题 as printed. */
  readonly title: string;
  readonly blocks: readonly TemplateBlock[];
  /** Whether the agency's seal goes over the 落款 (decisions, notices); not on transcripts. */
  readonly sealed: boolean;
}

export type TemplateBlock =
  | {
      readonly type: 'paragraph';
      readonly text: string;
      readonly indent?: boolean;
      readonly align?: 'left' | 'center' | 'right';
    }
  | { readonly type: 'heading'; readonly text: string }
  /** Labelled items; a row whose value comes out blank is dropped unless `keepBlank`. */
  | { readonly type: 'fields'; readonly rows: readonly TemplateFieldRow[] }
  /**
   * Every field of the record's type that no other block of the template shows, as
   * labelled items in catalogue order: what keeps a template complete when the catalogue
   * gains a field.
   */
  | { readonly type: 'record_fields' }
  /** A record field holding a transcript, printed as 问/答 turns (lines starting 问：/答：). */
  | { readonly type: 'dialogue'; readonly path: string }
  /** A record list field printed as a numbered table (查封扣押清单, 证据清单). */
  | {
      readonly type: 'list_table';
      readonly path: string;
      readonly columns: readonly [string, string];
    }
  /** Signature lines for these roles (当事人, 执法人员, 见证人, 记录人 …). */
  | { readonly type: 'signatures'; readonly roles: readonly SignatureRole[] };

export interface TemplateFieldRow {
  readonly label: string;
  readonly value: string;
  readonly keepBlank?: boolean;
}

/** Who signs a line, and where the name and image come from. */
export const SIGNATURE_ROLES = [
  'party',
  'officers',
  'witness',
  'recorder',
  'recipient',
  'server',
] as const;
export type SignatureRole = (typeof SIGNATURE_ROLES)[number];

export const SIGNATURE_ROLE_LABELS: Readonly<Record<SignatureRole, string>> = {
  party: '当事人（签名）',
  officers: '执法人员（签名）',
  witness: '见证人（签名）',
  recorder: '记录人（签名）',
  recipient: '受送达人（签名）',
  server: '送达人（签名）',
};

/** `{{path}}` in template text; paths are dotted lower-camel names. */
export const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*)*)\s*\}\}/g;

/** Every place-holder path a block names (record_fields names none: it covers the rest). */
export function pathsOfBlock(block: TemplateBlock): string[] {
  const inText = (text: string) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inText(block.text);
    case 'fields':
      return block.rows.flatMap((row) => [...inText(row.label), ...inText(row.value)]);
    case 'dialogue':
    case 'list_table':
      return [block.path];
    case 'record_fields':
    case 'signatures':
      return [];
  }
}

export function pathsOfTemplate(template: DocumentTemplate): Set<string> {
  return new Set(template.blocks.flatMap(pathsOfBlock));
}

/** The signature lines a template prints, each role once, in the order they first appear. */
export function signatureRolesOf(template: DocumentTemplate): SignatureRole[] {
  const roles = new Set<SignatureRole>();
  for (const block of template.blocks) {
    if (block.type === 'signatures') for (const role of block.roles) roles.add(role);
  }
  return [...roles];
}
