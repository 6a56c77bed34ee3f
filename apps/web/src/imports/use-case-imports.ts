import { useCallback, useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { listCaseImportedFiles, type ImportedFileView } from './imports-api.ts';

/**
 * The files placed on the case and waiting to be registered (待登记), read again when the
 * case page reloads (`refreshKey`) or after a registration (`reload`).
 */
export function useCaseImports(
  caseId: string,
  refreshKey: number,
): { files: ImportedFileView[]; reload: () => void } {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<{ caseId: string; files: ImportedFileView[] } | null>(null);

  useEffect(() => {
    let cancelled = false;
    listCaseImportedFiles(caseId).then(
      (files) => !cancelled && setLoaded({ caseId, files }),
      (error: unknown) => !cancelled && report(error),
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, refreshKey, version, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { files: loaded?.caseId === caseId ? loaded.files : [], reload };
}
