import { useCallback, useEffect, useState } from 'react';
import { getCase, type CaseDetail } from '../api/cases.ts';
import { ApiError } from '../api/problem.ts';
import { useReportError } from '../api/use-report-error.ts';

export interface CaseDetailState {
  /** The last detail loaded for this case; kept while it reloads. */
  readonly detail: CaseDetail | null;
  /** The case does not exist or is another agency's (the server answers 404 for both). */
  readonly notFound: boolean;
  readonly loading: boolean;
  readonly reload: () => void;
}

/** One case with everything on it, reloaded after each act on it. */
export function useCaseDetail(caseId: string | undefined): CaseDetailState {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<{
    caseId: string;
    version: number;
    detail: CaseDetail | null;
    notFound: boolean;
  } | null>(null);

  useEffect(() => {
    if (!caseId) return;
    let cancelled = false;
    getCase(caseId).then(
      (detail) => !cancelled && setLoaded({ caseId, version, detail, notFound: false }),
      (error: unknown) => {
        if (cancelled) return;
        const notFound =
          error instanceof ApiError && (error.status === 404 || error.status === 400);
        if (!notFound) report(error);
        setLoaded((prev) => ({
          caseId,
          version,
          detail: prev?.caseId === caseId ? prev.detail : null,
          notFound,
        }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, version, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = caseId && loaded?.caseId === caseId ? loaded : null;
  return {
    detail: current?.detail ?? null,
    notFound: !caseId || (current?.notFound ?? false),
    loading: Boolean(caseId) && (current === null || current.version !== version),
    reload,
  };
}
