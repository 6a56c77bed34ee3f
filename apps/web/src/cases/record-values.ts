import {
  fieldBinds,
  isFieldRequired,
  type FieldBindingProfile,
  type EnforcementCase,
  type FieldCondition,
  type FieldSpec,
  type RecordTypeId,
} from '@liuhen/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { chinaWallClock, toChinaInstant } from './china-time.ts';

/**
 * A catalogue field's value as the form holds it: text as a string, instants and dates as
 * dayjs (wall-clock time in China), people and lists as string arrays (Select tags),
 * booleans, and choices as the choice.
 */
export type FormFieldValue = string | Dayjs | string[] | boolean | null | undefined;

export type FormFields = Record<string, FormFieldValue>;

function nonBlankStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** The value to send for a field, or undefined to leave it out (blank). */
export function toApiValue(spec: FieldSpec, value: FormFieldValue): unknown {
  if (value === undefined || value === null) return undefined;
  switch (spec.kind) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    case 'instant':
      return dayjs.isDayjs(value) ? toChinaInstant(value) : undefined;
    case 'date':
      return dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : undefined;
    case 'people':
    case 'list': {
      const items = nonBlankStrings(value).map((item) => item.trim());
      return items.length > 0 ? items : undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'choice':
      return typeof value === 'string' && value !== '' ? value : undefined;
  }
}

/** All fields of a type to send: blanks left out, since a blank is not an answer. */
export function toApiFields(specs: readonly FieldSpec[], values: FormFields | undefined) {
  const fields: Record<string, unknown> = {};
  for (const spec of specs) {
    const value = toApiValue(spec, values?.[spec.key]);
    if (value !== undefined) fields[spec.key] = value;
  }
  return fields;
}

/** A stored value back into the form (to correct a record). */
export function toFormValue(spec: FieldSpec, value: unknown): FormFieldValue {
  if (value === undefined || value === null) return undefined;
  switch (spec.kind) {
    case 'text':
    case 'choice':
      return typeof value === 'string' ? value : String(value);
    case 'instant':
      return typeof value === 'string' ? chinaWallClock(value) : undefined;
    case 'date':
      return typeof value === 'string' ? dayjs(value) : undefined;
    case 'people':
    case 'list':
      return nonBlankStrings(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
  }
}

export function toFormFields(
  specs: readonly FieldSpec[],
  fields: Readonly<Record<string, unknown>>,
): FormFields {
  const values: FormFields = {};
  for (const spec of specs) values[spec.key] = toFormValue(spec, fields[spec.key]);
  return values;
}

/**
 * Whether the field must be filled now: `required`, or its `requiredWhen` holds, and the
 * agency's own regulation names it (what only another names is not required: advice).
 */
export function requiredNow(
  spec: FieldSpec,
  type: RecordTypeId,
  specs: readonly FieldSpec[],
  values: FormFields | undefined,
  enforcementCase: EnforcementCase,
  binding: FieldBindingProfile,
): boolean {
  if (!fieldBinds(spec, binding)) return false;
  return isFieldRequired(
    spec,
    {
      id: 'unsaved',
      type,
      createdAt: new Date().toISOString(),
      fields: toApiFields(specs, values),
    },
    enforcementCase,
  );
}

/** The other fields a condition reads, so the form re-checks this one when they change. */
export function conditionFields(condition: FieldCondition | undefined): string[] {
  if (condition === undefined) return [];
  switch (condition.kind) {
    case 'field_in':
    case 'field_absent':
      return [condition.field];
    case 'all':
      return condition.conditions.flatMap(conditionFields);
    default:
      return [];
  }
}

/** "以下情形必填" — the condition as a clerk reads it next to the field. */
export function conditionText(
  condition: FieldCondition | undefined,
  specs: readonly FieldSpec[],
  choiceLabel: (value: string) => string,
): string | undefined {
  if (condition === undefined) return undefined;
  const label = (key: string) => specs.find((spec) => spec.key === key)?.label ?? key;
  switch (condition.kind) {
    case 'major_decision':
      return '重大行政执法决定必填';
    case 'complainant_real_name':
      return '实名投诉、举报的必填';
    case 'field_in':
      return `${label(condition.field)}为${condition.values.map(choiceLabel).join('、')}时必填`;
    case 'field_absent':
      return `未填写${label(condition.field)}时必填`;
    case 'all':
      return condition.conditions
        .map((c) => conditionText(c, specs, choiceLabel))
        .filter(Boolean)
        .join('，且');
  }
}
