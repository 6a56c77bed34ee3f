import { useCallback, useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { listRecordSignatures, type RecordSignatures } from './signatures-api.ts';

export interface RecordSignaturesState {
  /** The record's signature lines and signatures; null until the first answer. */
  readonly signatures: RecordSignatures | null;
  readonly reload: () => void;
}

/** One record version's signatures, loaded again on reload or when `refreshKey` changes. */
export function useRecordSignatures(recordId: string, refreshKey: string): RecordSignaturesState {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<{ recordId: string; signatures: RecordSignatures } | null>(
    null,
  );

  useEffect(() => {
    const controller = new AbortController();
    listRecordSignatures(recordId, controller.signal).then(
      (signatures) => setLoaded({ recordId, signatures }),
      (error: unknown) => {
        if (!controller.signal.aborted) report(error);
      },
    );
    return () => controller.abort();
  }, [recordId, version, refreshKey, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // Another record's signatures are never shown while this one's load.
  return { signatures: loaded?.recordId === recordId ? loaded.signatures : null, reload };
}
