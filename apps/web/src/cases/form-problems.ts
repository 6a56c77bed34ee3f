import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/problem.ts';
import { useReportError } from '../api/use-report-error.ts';

/** A form field's name path, e.g. `['parties', 0, 'creditCode']`. */
export type FieldPath = (string | number)[];

/**
 * Where a server parameter lands on the form: `body.fields.caseSource` → `['fields',
 * 'caseSource']`. Receives the name's parts without `body.`; numbers stay strings.
 */
export type ParamLocator = (parts: string[]) => FieldPath | undefined;

/**
 * An error handler for a form with nested fields (the flat api/form-errors.ts maps only
 * the first part): each invalid parameter onto the field `locate` names, the rest said in
 * one message; any other problem is reported as it is.
 */
export function useNestedFormErrors(
  form: FormInstance,
  locate: ParamLocator,
): (error: unknown) => void {
  const report = useReportError();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError) || !error.problem.invalidParams?.length) {
        report(error);
        return;
      }
      const byField = new Map<string, { name: FieldPath; errors: string[] }>();
      const leftover: string[] = [];
      for (const param of error.problem.invalidParams) {
        const parts = param.name.split('.');
        if (parts[0] === 'body') parts.shift();
        const name = locate(parts);
        if (name === undefined) {
          leftover.push(param.reason);
          continue;
        }
        const key = JSON.stringify(name);
        const entry = byField.get(key) ?? { name, errors: [] };
        if (!entry.errors.includes(param.reason)) entry.errors.push(param.reason);
        byField.set(key, entry);
      }
      form.setFields([...byField.values()]);
      if (byField.size > 0) {
        const first = [...byField.values()][0]!;
        form.scrollToField(first.name, { block: 'center' });
      }
      if (leftover.length > 0) {
        report(new ApiError({ ...error.problem, detail: leftover.join('；') }));
      } else if (byField.size === 0) {
        report(error);
      }
    },
    [form, locate, report],
  );
}
