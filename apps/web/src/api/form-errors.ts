import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from './problem.ts';
import { useReportError } from './use-report-error.ts';

export interface FormErrorOptions {
  /** Form field names that server parameter names (`body.<field>…`) may point at. */
  readonly fields: readonly string[];
  /** Problem slugs (e.g. `username-taken`) that belong to one field. */
  readonly conflicts?: Readonly<Record<string, string>>;
}

/** `body.roles.0` → `roles`. */
export function fieldOfParam(name: string): string | undefined {
  const parts = name.split('.');
  if (parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'params') parts.shift();
  return parts[0];
}

/**
 * Puts a server error onto the form: `invalidParams` on their fields, known conflicts on
 * theirs. Says whether anything was placed, and returns the reasons that fit no field.
 */
export function applyProblemToForm(
  form: FormInstance,
  error: ApiError,
  options: FormErrorOptions,
): { placed: boolean; leftover: string[] } {
  const byField = new Map<string, string[]>();
  const leftover: string[] = [];
  for (const param of error.problem.invalidParams ?? []) {
    const field = fieldOfParam(param.name);
    if (field && options.fields.includes(field)) {
      byField.set(field, [...(byField.get(field) ?? []), param.reason]);
    } else {
      leftover.push(param.reason);
    }
  }
  for (const [slug, field] of Object.entries(options.conflicts ?? {})) {
    if (error.is(slug)) byField.set(field, [error.problem.detail || error.problem.title]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors: [...new Set(errors)] })));
  return { placed: byField.size > 0, leftover };
}

/** An error handler for a form's submit: field errors where they fit, a message otherwise. */
export function useFormErrorHandler(
  form: FormInstance,
  options: FormErrorOptions,
): (error: unknown) => void {
  const report = useReportError();
  const { fields, conflicts } = options;
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) {
        report(error);
        return;
      }
      const { placed, leftover } = applyProblemToForm(form, error, { fields, conflicts });
      // Whatever fits no field still needs saying; a generic problem is said as it is.
      if (leftover.length > 0) {
        report(new ApiError({ ...error.problem, detail: leftover.join('；') }));
      } else if (!placed) {
        report(error);
      }
    },
    [form, report, fields, conflicts],
  );
}
