import type { LawCitation } from '../../profiles/national-law.ts';
import type { ProfileCitation } from '../../profiles/profile-schema.ts';
import type { FieldCondition, FieldKind, FieldSpec, ProfileFieldListing } from './spec.ts';

export interface FieldOptions {
  /** Default true. Ignored (false) when `requiredWhen` is given. */
  readonly required?: boolean;
  readonly requiredWhen?: FieldCondition;
  readonly choices?: readonly string[];
  readonly listedBy?: ProfileFieldListing;
}

/** A catalogue field; required unless told otherwise, so omissions stand out in review. */
export function field(
  key: string,
  kind: FieldKind,
  label: string,
  citations: readonly ProfileCitation[],
  options: FieldOptions = {},
): FieldSpec {
  const { requiredWhen, choices, listedBy } = options;
  return {
    key,
    label,
    kind,
    citations,
    required: requiredWhen === undefined ? (options.required ?? true) : false,
    ...(choices === undefined ? {} : { choices }),
    ...(requiredWhen === undefined ? {} : { requiredWhen }),
    ...(listedBy === undefined ? {} : { listedBy }),
  };
}

/** A field national law asks for and no seed names. */
export function lawField(
  key: string,
  kind: FieldKind,
  label: string,
  lawCitations: readonly LawCitation[],
  options: FieldOptions = {},
): FieldSpec {
  return { ...field(key, kind, label, [], options), lawCitations };
}

export const optional: FieldOptions = { required: false };
export const whenMajorDecision: FieldOptions = { requiredWhen: { kind: 'major_decision' } };
