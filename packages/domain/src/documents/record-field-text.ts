import { isPlainDate } from '../calendar/plain-date.ts';
import { isInstant } from '../enforcement/instant.ts';
import { EXECUTION_METHOD_LABELS, SERVICE_METHOD_LABELS } from '../enforcement/vocabulary.ts';
import type { FieldSpec } from '../records/catalogue/spec.ts';
import { documentDate, documentDateTime } from './document-dates.ts';

/** Choices stored as vocabulary ids print in Chinese; the rest are the seeds' words already. */
const CHOICE_LABELS: Readonly<Record<string, string>> = {
  ...SERVICE_METHOD_LABELS,
  ...EXECUTION_METHOD_LABELS,
};

function nonBlank(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A record field's value as a document prints it, or null when the record holds nothing
 * usable there (the document then shows a blank to be filled, and issuing refuses it where
 * the law requires the item).
 */
export function recordFieldText(spec: FieldSpec, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  switch (spec.kind) {
    case 'text':
      return typeof value === 'string' ? nonBlank(value) : null;
    case 'instant':
      return typeof value === 'string' && isInstant(value) ? documentDateTime(value) : null;
    case 'date':
      return typeof value === 'string' && isPlainDate(value) ? documentDate(value) : null;
    case 'people': {
      const names = (Array.isArray(value) ? value : [value]).filter(
        (name): name is string => typeof name === 'string' && name.trim() !== '',
      );
      return names.length === 0 ? null : names.map((name) => name.trim()).join('、');
    }
    case 'list': {
      const items = Array.isArray(value)
        ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '')
        : [];
      if (items.length === 0) return null;
      return items.length === 1
        ? items[0]!.trim()
        : items.map((item, index) => `${index + 1}. ${item.trim()}`).join('\n');
    }
    case 'boolean':
      return typeof value === 'boolean' ? (value ? '是' : '否') : null;
    case 'choice':
      return typeof value === 'string' && (spec.choices ?? []).includes(value)
        ? (CHOICE_LABELS[value] ?? value)
        : null;
  }
}

/** A list field's items, for tables (清单). */
export function recordListItems(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    : [];
}
