import { useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { useDebouncedValue } from '../common/use-debounced-value.ts';
import { listIncidents, type IncidentView } from './incidents-api.ts';

/** The agency's incidents whose name contains what is typed, newest first. */
export function useIncidentSearch(text: string): { incidents: IncidentView[]; loading: boolean } {
  const report = useReportError();
  const search = useDebouncedValue(text.trim(), 250);
  const [loaded, setLoaded] = useState<{ search: string; incidents: IncidentView[] } | null>(null);

  useEffect(() => {
    let cancelled = false;
    listIncidents(search || undefined, undefined, 20).then(
      (page) => !cancelled && setLoaded({ search, incidents: page.items }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded({ search, incidents: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [search, report]);

  return {
    incidents: loaded?.incidents ?? [],
    loading: loaded?.search !== search || search !== text.trim(),
  };
}
