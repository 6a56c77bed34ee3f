import { shanghaiDateOf as shanghaiDate, type Instant } from '../enforcement/instant.ts';
import { recordTypeSpec } from '../records/catalogue/catalogue.ts';
import type { FieldSpec } from '../records/catalogue/spec.ts';
import type { DocumentData } from './document-data.ts';
import { documentDate } from './document-dates.ts';
import type {
  DialogueTurn,
  DocumentLayout,
  DocumentVerificationMark,
  LayoutBlock,
  LayoutField,
  SignatureLine,
} from './document-layout.ts';
import {
  pathsOfTemplate,
  PLACEHOLDER,
  SIGNATURE_ROLE_LABELS,
  type DocumentTemplate,
  type SignatureRole,
  type TemplateBlock,
} from './document-template.ts';
import { documentKind } from './document-kinds.ts';
import { lawRequiredPaths } from './law-required-paths.ts';
import { recordFieldText, recordListItems } from './record-field-text.ts';
import { templateValue } from './template-values.ts';

/** What a draft prints where a required value is still missing: a line to fill in. */
export const BLANK = '＿＿＿＿＿＿';

export interface ComposeOptions {
  /** Paths whose absence leaves a blank instead of dropping the line (required items). */
  readonly requiredPaths?: ReadonlySet<string>;
  /** Signature images by role, PNG bytes (captured on screen or scanned). */
  readonly signatureImages?: Partial<Record<SignatureRole, Uint8Array>>;
  /**
   * Who signed each captured image and when: fills a line's name and date where the record
   * itself does not give them (a witness, a party whose record has no signature block).
   */
  readonly signers?: Partial<Record<SignatureRole, CapturedSigner>>;
  readonly verification?: DocumentVerificationMark | null;
}

export interface CapturedSigner {
  readonly name: string;
  readonly signedAt: Instant;
}

/**
 * The document a record makes under a template: place-holders filled from `data`. A line
 * whose value the case does not have is dropped when it is optional and left as a blank
 * (＿＿＿＿) when the catalogue or the law requires it, so a draft shows what is still to
 * write; issuing refuses such a document before it is composed (../../apps/server).
 */
export function composeDocument(
  template: DocumentTemplate,
  data: DocumentData,
  options: ComposeOptions = {},
): DocumentLayout {
  const required = new Set([
    ...lawRequiredPaths(template.kind).map((entry) => entry.path),
    ...(options.requiredPaths ?? []),
  ]);
  const placed = pathsOfTemplate(template);
  const fill = (text: string): string | null => {
    let dropped = false;
    const filled = text.replace(PLACEHOLDER, (_whole, path: string) => {
      const value = templateValue(data, path);
      if (value !== null) return value;
      if (!required.has(path)) dropped = true;
      return BLANK;
    });
    return dropped ? null : filled;
  };
  const blocks = mergeAdjacentFields(
    template.blocks.flatMap((block) =>
      composeBlock(block, data, { fill, required, placed, options }),
    ),
  );
  const draft = data.number === null;
  return {
    kind: template.kind,
    masthead: data.agency.name,
    title: titleOf(template, data),
    number: data.number,
    blocks,
    closing: {
      agencyName: data.agency.name,
      date: documentDate(data.date),
      sealed: template.sealed,
    },
    draft,
    verification: draft ? null : (options.verification ?? null),
  };
}

/**
 * A decision that imposes no penalty is a 不予行政处罚决定书 (行政处罚法 第五十七条(二)(三)):
 * the built-in title says so; an agency's own title is its own.
 */
function titleOf(template: DocumentTemplate, data: DocumentData): string {
  const noPenalty = data.facts !== null && data.facts.penalties.length === 0;
  if (template.kind === 'decision_document' && noPenalty && template.title === '行政处罚决定书') {
    return '不予行政处罚决定书';
  }
  return template.title;
}

/** Labelled items that follow one another print as one table, with one label column. */
function mergeAdjacentFields(blocks: readonly LayoutBlock[]): LayoutBlock[] {
  const merged: LayoutBlock[] = [];
  for (const block of blocks) {
    const last = merged.at(-1);
    if (block.type === 'fields' && last?.type === 'fields') {
      merged[merged.length - 1] = { type: 'fields', rows: [...last.rows, ...block.rows] };
    } else {
      merged.push(block);
    }
  }
  return merged;
}

interface BlockContext {
  readonly fill: (text: string) => string | null;
  readonly required: ReadonlySet<string>;
  readonly placed: ReadonlySet<string>;
  readonly options: ComposeOptions;
}

function composeBlock(
  block: TemplateBlock,
  data: DocumentData,
  context: BlockContext,
): LayoutBlock[] {
  const { fill } = context;
  switch (block.type) {
    case 'paragraph': {
      const text = fill(block.text);
      if (text === null) return [];
      return [
        {
          type: 'paragraph',
          text,
          ...(block.indent === undefined ? {} : { indent: block.indent }),
          ...(block.align === undefined ? {} : { align: block.align }),
        },
      ];
    }
    case 'heading': {
      const text = fill(block.text);
      return text === null ? [] : [{ type: 'heading', text }];
    }
    case 'fields': {
      const rows = block.rows.flatMap((row): LayoutField[] => {
        const value = fill(row.value);
        const label = fill(row.label) ?? row.label;
        if (value === null) return row.keepBlank === true ? [{ label, value: '' }] : [];
        return [{ label, value }];
      });
      return rows.length === 0 ? [] : [{ type: 'fields', rows }];
    }
    case 'record_fields': {
      const recordOnly = new Set(documentKind(data.record.type).recordOnlyFields ?? []);
      const rows = recordTypeSpec(data.record.type)
        .fields.filter(
          (field) => !recordOnly.has(field.key) && !context.placed.has(`record.${field.key}`),
        )
        .flatMap((field) => recordFieldRow(field, data, context.required));
      return rows.length === 0 ? [] : [{ type: 'fields', rows }];
    }
    case 'dialogue': {
      const text = fill(`{{${block.path}}}`);
      if (text === null) return [];
      const turns = dialogueTurns(text);
      return turns === null
        ? [{ type: 'paragraph', text, indent: true }]
        : [{ type: 'dialogue', turns }];
    }
    case 'list_table': {
      const key = block.path.replace(/^record\./, '');
      const items = recordListItems(data.record.fields[key]);
      if (items.length === 0) return [];
      return [
        {
          type: 'table',
          columns: [...block.columns],
          rows: items.map((item, index) => [String(index + 1), item]),
        },
      ];
    }
    case 'signatures':
      return [
        {
          type: 'signatures',
          lines: block.roles.map((role) => signatureLine(role, data, context.options)),
        },
      ];
  }
}

function recordFieldRow(
  field: FieldSpec,
  data: DocumentData,
  required: ReadonlySet<string>,
): LayoutField[] {
  const value = recordFieldText(field, data.record.fields[field.key]);
  if (value !== null) return [{ label: field.label, value }];
  return required.has(`record.${field.key}`) ? [{ label: field.label, value: BLANK }] : [];
}

const TURN = /^\s*(问|答)\s*[:：]\s*/;

/** 问：…/答：… lines as turns; null when the text is not written that way. */
export function dialogueTurns(text: string): DialogueTurn[] | null {
  const turns: { speaker: '问' | '答'; text: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = TURN.exec(line);
    if (match !== null) {
      turns.push({ speaker: match[1] as '问' | '答', text: line.slice(match[0].length).trim() });
    } else if (turns.length > 0 && line.trim() !== '') {
      turns[turns.length - 1]!.text += `\n${line.trim()}`;
    } else if (line.trim() !== '') {
      return null;
    }
  }
  return turns.length === 0 ? null : turns;
}

function signatureLine(
  role: SignatureRole,
  data: DocumentData,
  options: ComposeOptions,
): SignatureLine {
  const line = recordSignatureLine(role, data, options.signatureImages?.[role] ?? null);
  const signer = line.imagePng === null ? undefined : options.signers?.[role];
  if (signer === undefined || line.refusal !== null) return line;
  return {
    ...line,
    name: line.name ?? signer.name,
    date: line.date ?? documentDate(shanghaiDate(signer.signedAt)),
  };
}

function recordSignatureLine(
  role: SignatureRole,
  data: DocumentData,
  image: Uint8Array | null,
): SignatureLine {
  const signature = data.record.signature;
  const line = {
    role: SIGNATURE_ROLE_LABELS[role],
    name: null,
    date: null,
    imagePng: image,
    refusal: null,
  };
  switch (role) {
    case 'party':
      if (signature?.kind === 'refused') {
        return { ...line, refusal: `当事人拒绝签字：${signature.note}` };
      }
      if (signature?.kind === 'signed') {
        return {
          ...line,
          name: signature.signers.join('、'),
          date: documentDate(shanghaiDate(signature.at)),
        };
      }
      return line;
    case 'officers':
      return {
        ...line,
        name: data.officers.map((officer) => officer.name).join('、') || null,
        date: documentDate(shanghaiDate(data.record.createdAt)),
      };
    default:
      return line;
  }
}
