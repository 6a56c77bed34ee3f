import {
  formatYuan,
  parseYuan,
  PENALTY_KIND_LABELS,
  POWER_CATEGORY_LABELS,
  type PenaltyKind,
  type PowerCategory,
} from '@liuhen/domain';
import type { PowerInput, PowerVersion } from './powers-api.ts';

export { PENALTY_KIND_LABELS, POWER_CATEGORY_LABELS };

export const CATEGORY_OPTIONS = (Object.keys(POWER_CATEGORY_LABELS) as PowerCategory[]).map(
  (value) => ({ value, label: POWER_CATEGORY_LABELS[value] }),
);
export const PENALTY_KIND_OPTIONS = (Object.keys(PENALTY_KIND_LABELS) as PenaltyKind[]).map(
  (value) => ({ value, label: PENALTY_KIND_LABELS[value] }),
);

/** What the drawer's form holds: amounts as the clerk types them, in 元. */
export interface PowerFormValues {
  code?: string;
  name: string;
  category: PowerCategory;
  provisionViolated?: string;
  provisionApplied?: string;
  penaltyKinds?: PenaltyKind[];
  fineMin?: string;
  fineMax?: string;
  levels?: {
    label: string;
    circumstances: string;
    fineMin?: string;
    fineMax?: string;
    otherMeasures?: string;
  }[];
  note?: string;
}

/** A response's "1234.50" as a form shows it ("1,234.50"); the form reads it back exactly. */
export function yuanDisplay(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  const parsed = parseYuan(text);
  return parsed.ok ? formatYuan(parsed.value) : text;
}

/** "100.00 — 300.00 元", "500.00 元以下", "—" for none. */
export function fineRangeText(min: string | null, max: string | null): string {
  if (min !== null && max !== null) return `${yuanDisplay(min)} — ${yuanDisplay(max)} 元`;
  if (max !== null) return `${yuanDisplay(max)} 元以下`;
  if (min !== null) return `${yuanDisplay(min)} 元以上`;
  return '—';
}

/** The form's check of an amount before sending: the server's own parser, its message. */
export function yuanFieldProblem(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const parsed = parseYuan(value);
  return parsed.ok ? null : parsed.message;
}

const blankToNull = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? null : value.trim();

export function powerBodyOf(values: PowerFormValues): PowerInput {
  return {
    code: blankToNull(values.code),
    name: values.name,
    category: values.category,
    provisionViolated: values.provisionViolated ?? '',
    provisionApplied: values.provisionApplied ?? '',
    penaltyKinds: values.penaltyKinds ?? [],
    fineMin: blankToNull(values.fineMin),
    fineMax: blankToNull(values.fineMax),
    levels: (values.levels ?? []).map((level) => ({
      label: level.label ?? '',
      circumstances: level.circumstances ?? '',
      fineMin: blankToNull(level.fineMin),
      fineMax: blankToNull(level.fineMax),
      otherMeasures: blankToNull(level.otherMeasures),
    })),
  };
}

export function powerFormValuesOf(power: PowerVersion): PowerFormValues {
  return {
    code: power.code ?? '',
    name: power.name,
    category: power.category,
    provisionViolated: power.provisionViolated,
    provisionApplied: power.provisionApplied,
    penaltyKinds: [...power.penaltyKinds],
    fineMin: yuanDisplay(power.fineMin),
    fineMax: yuanDisplay(power.fineMax),
    levels: power.levels.map((level) => ({
      label: level.label,
      circumstances: level.circumstances,
      fineMin: yuanDisplay(level.fineMin),
      fineMax: yuanDisplay(level.fineMax),
      otherMeasures: level.otherMeasures ?? '',
    })),
  };
}
