import { useEffect, useState } from 'react';
import { listCases } from '../api/cases.ts';
import { useReportError } from '../api/use-report-error.ts';
import { useDebouncedValue } from '../common/use-debounced-value.ts';
import type { CaseRef } from './imports-api.ts';

/**
 * Cases whose number or name contains what is typed (the case list's search), newest first;
 * the first page while nothing is typed. Cases closed in error take no recording and are
 * left out, as on the case list.
 */
export function useCaseSearch(text: string): { cases: CaseRef[]; loading: boolean } {
  const report = useReportError();
  const search = useDebouncedValue(text.trim(), 250);
  const [loaded, setLoaded] = useState<{ search: string; cases: CaseRef[] } | null>(null);

  useEffect(() => {
    let cancelled = false;
    listCases({ search: search || undefined }, undefined, 20).then(
      (page) =>
        !cancelled &&
        setLoaded({
          search,
          cases: page.items.map((row) => ({
            id: row.id,
            caseNumber: row.caseNumber,
            name: row.name,
          })),
        }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded({ search, cases: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [search, report]);

  return {
    cases: loaded?.cases ?? [],
    loading: loaded?.search !== search || search !== text.trim(),
  };
}
