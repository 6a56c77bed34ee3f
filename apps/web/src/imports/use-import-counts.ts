import { useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { countImportedFiles, type ImportStatus } from './imports-api.ts';

/** The number on each tab, read again whenever `refreshKey` changes; empty while unknown. */
export function useImportCounts(refreshKey: number): Partial<Record<ImportStatus, number>> {
  const report = useReportError();
  const [counts, setCounts] = useState<Partial<Record<ImportStatus, number>>>({});

  useEffect(() => {
    let cancelled = false;
    countImportedFiles().then(
      (next) => !cancelled && setCounts(next),
      (error: unknown) => !cancelled && report(error),
    );
    return () => {
      cancelled = true;
    };
  }, [refreshKey, report]);

  return counts;
}
