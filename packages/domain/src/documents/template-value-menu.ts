import { formatLawCitation } from '../profiles/national-law.ts';
import { recordTypeSpec } from '../records/catalogue/catalogue.ts';
import type { FieldKind } from '../records/catalogue/spec.ts';
import type { RecordTypeId } from '../records/record-type-ids.ts';
import { documentKind } from './document-kinds.ts';
import { lawRequiredPaths } from './law-required-paths.ts';
import { TEMPLATE_VALUES } from './template-values.ts';

/** One value an editor of a template may place, as its place-holder menu lists it. */
export interface TemplateValueOption {
  readonly path: string;
  readonly label: string;
  /** `record`: a field of the record itself; `case`: the case, the agency, the document. */
  readonly source: 'record' | 'case';
  /** For record fields: what the field holds (a 问答 block takes text, a 清单 a list). */
  readonly fieldKind: FieldKind | null;
  /**
   * Why a template of the kind may not leave it out, or null: the catalogue (every field of
   * the record's type but those kept in the record only) or an article of national law.
   */
  readonly requiredBy: string | null;
}

/**
 * Every value a template of `kind` may print: the record's own fields first (catalogue
 * order), then the case's. What ./template-check.ts would refuse to see dropped is marked.
 */
export function templateValueMenu(kind: RecordTypeId): TemplateValueOption[] {
  const law = new Map(
    lawRequiredPaths(kind).map((entry) => [entry.path, formatLawCitation(entry.citation)]),
  );
  const recordOnly = new Set(documentKind(kind).recordOnlyFields ?? []);
  const recordFields = recordTypeSpec(kind).fields.map((field): TemplateValueOption => {
    const path = `record.${field.key}`;
    return {
      path,
      label: field.label,
      source: 'record',
      fieldKind: field.kind,
      requiredBy: law.get(path) ?? (recordOnly.has(field.key) ? null : '本类文书应当载明'),
    };
  });
  const caseValues = Object.entries(TEMPLATE_VALUES)
    // record.madeAt is a value of every record, not a catalogue field: listed with the case's.
    .filter(([path]) => !recordFields.some((field) => field.path === path))
    .map(([path, value]): TemplateValueOption => ({
      path,
      label: value.label,
      source: 'case',
      fieldKind: null,
      requiredBy: law.get(path) ?? null,
    }));
  return [...recordFields, ...caseValues];
}
