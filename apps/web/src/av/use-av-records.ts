import { useCallback, useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { listAvRecords, type AvRecordView } from './av-api.ts';

export interface AvRecordsState {
  /** The case's AV records; null until the first answer. */
  readonly records: AvRecordView[] | null;
  readonly loading: boolean;
  readonly failed: boolean;
  readonly reload: () => void;
}

/** The case's AV records, loaded again when `refreshKey` (the case page's) or reload moves. */
export function useAvRecords(caseId: string, refreshKey: number): AvRecordsState {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<{
    key: string;
    records: AvRecordView[] | null;
    failed: boolean;
  } | null>(null);
  const key = `${caseId}/${refreshKey}/${version}`;

  useEffect(() => {
    let cancelled = false;
    listAvRecords(caseId).then(
      (records) => !cancelled && setLoaded({ key, records, failed: false }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded((prev) => ({ key, records: prev?.records ?? null, failed: true }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, key, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return {
    records: loaded?.records ?? null,
    loading: loaded?.key !== key,
    failed: loaded?.failed ?? false,
    reload,
  };
}
