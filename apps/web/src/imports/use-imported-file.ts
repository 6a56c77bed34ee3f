import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/problem.ts';
import { useReportError } from '../api/use-report-error.ts';
import { getImportedFile, type ImportedFileDetail } from './imports-api.ts';

export interface ImportedFileState {
  readonly file: ImportedFileDetail | null;
  /** The id names no file of the agency (a stale link). */
  readonly notFound: boolean;
  readonly reload: () => void;
}

/** One imported file with its placement history; nothing is read while no id is given. */
export function useImportedFile(id: string | null): ImportedFileState {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<{
    id: string;
    file: ImportedFileDetail | null;
    notFound: boolean;
  } | null>(null);

  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    getImportedFile(id).then(
      (file) => !cancelled && setLoaded({ id, file, notFound: false }),
      (error: unknown) => {
        if (cancelled) return;
        const notFound = error instanceof ApiError && error.status === 404;
        if (!notFound) report(error);
        setLoaded((prev) => ({
          id,
          file: prev?.id === id ? prev.file : null,
          notFound,
        }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, version, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = loaded?.id === id ? loaded : null;
  return { file: current?.file ?? null, notFound: current?.notFound ?? false, reload };
}
