import { isPlainDate } from '../../calendar/plain-date.ts';
import type { EnforcementCase } from '../../enforcement/enforcement-case.ts';
import { isInstant } from '../../enforcement/instant.ts';
import { bindsAny, type BoundProfile } from '../../rules/binding.ts';
import type { CaseRecord } from '../case-record.ts';
import { PARTY_SIGNATURE_CITATIONS } from './articles.ts';
import { recordTypeSpec } from './catalogue.ts';
import type { FieldCondition, FieldSpec, ProfileFieldList, RecordTypeSpec } from './spec.ts';

const nonBlank = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/** An entry of a list: a non-blank string, or any structured item (an object). */
const entryPresent = (value: unknown): boolean =>
  nonBlank(value) || (typeof value === 'object' && value !== null);

/** Whether `value` answers a field of this kind (see FieldKind for the shapes). */
export function isFieldPresent(spec: FieldSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'text':
      return nonBlank(value);
    case 'instant':
      return isInstant(value);
    case 'date':
      return isPlainDate(value);
    case 'people':
      return nonBlank(value) || (Array.isArray(value) && value.some(entryPresent));
    case 'list':
      return Array.isArray(value) && value.some(entryPresent);
    case 'boolean':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && (spec.choices ?? []).includes(value);
  }
}

/** Blank for a condition on another field, whatever that field's kind. */
function hasValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(entryPresent);
  return true;
}

export function conditionHolds(
  condition: FieldCondition,
  record: CaseRecord,
  enforcementCase: EnforcementCase,
): boolean {
  switch (condition.kind) {
    case 'major_decision':
      return enforcementCase.majorDecision;
    case 'complainant_real_name':
      return enforcementCase.complainantRealName === true;
    case 'field_in': {
      const value = record.fields[condition.field];
      return typeof value === 'string' && condition.values.includes(value);
    }
    case 'field_absent':
      return !hasValue(record.fields[condition.field]);
    case 'all':
      return condition.conditions.every((c) => conditionHolds(c, record, enforcementCase));
  }
}

export function isFieldRequired(
  spec: FieldSpec,
  record: CaseRecord,
  enforcementCase: EnforcementCase,
): boolean {
  return (
    spec.required ||
    (spec.requiredWhen !== undefined && conditionHolds(spec.requiredWhen, record, enforcementCase))
  );
}

/** The fields this record must state for this case and does not, in catalogue order. */
export function missingFields(
  record: CaseRecord,
  enforcementCase: EnforcementCase,
): readonly FieldSpec[] {
  return recordTypeSpec(record.type).fields.filter(
    (spec) =>
      isFieldRequired(spec, record, enforcementCase) &&
      !isFieldPresent(
        spec,
        Object.hasOwn(record.fields, spec.key) ? record.fields[spec.key] : undefined,
      ),
  );
}

/** What fieldBinds reads of a profile: its seed, and the lists that name fields. */
export type FieldBindingProfile = BoundProfile & {
  readonly [list in ProfileFieldList]?: readonly { readonly value: string }[] | undefined;
};

/**
 * Whether the agency's profile is bound to state this field. National law binds every
 * agency (`lawCitations`). A field the profile names in a list of its own (002 第六条's seven
 * items, 001 第五条's archive record) binds exactly when the agency's list names it, so an
 * agency that edits its list changes what its records must state. Otherwise the field binds
 * when the profile's seed names it. A field that does not bind is still offered and checked,
 * but its absence is advice, never a refusal or a block (../../rules/binding.ts).
 */
export function fieldBinds(spec: FieldSpec, profile: FieldBindingProfile): boolean {
  if (spec.lawCitations !== undefined && spec.lawCitations.length > 0) return true;
  const listing = spec.listedBy;
  const list = listing === undefined ? undefined : profile[listing.list];
  if (listing !== undefined && list !== undefined) {
    return list.some((entry) => entry.value.trim() === listing.item);
  }
  return bindsAny(spec.citations, profile);
}

/** Whether the party must sign this type of record under the profile (a rule that binds it). */
export function partySignatureBinds(spec: RecordTypeSpec, profile: BoundProfile): boolean {
  return spec.partySignature === 'required' && bindsAny(PARTY_SIGNATURE_CITATIONS, profile);
}
