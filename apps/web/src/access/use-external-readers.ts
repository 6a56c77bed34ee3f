import { useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { useDebouncedValue } from '../common/use-debounced-value.ts';
import { searchExternalReaders, type ExternalReader } from './access-api.ts';

/**
 * Other agencies' users matching what is typed. Nothing is asked until something is typed:
 * the list of another authority's staff is not browsed, only looked up.
 */
export function useExternalReaders(text: string): {
  readers: ExternalReader[];
  loading: boolean;
} {
  const report = useReportError();
  // The server takes 50 characters at most; a name or an authority is shorter.
  const search = useDebouncedValue(text.trim().slice(0, 50), 250);
  const [loaded, setLoaded] = useState<{ search: string; readers: ExternalReader[] } | null>(null);

  useEffect(() => {
    if (search === '') return;
    let cancelled = false;
    searchExternalReaders(search).then(
      (readers) => !cancelled && setLoaded({ search, readers }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded({ search, readers: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [search, report]);

  if (text.trim() === '') return { readers: [], loading: false };
  return {
    readers: loaded?.search === search ? loaded.readers : [],
    loading: loaded?.search !== search || search !== text.trim().slice(0, 50),
  };
}
