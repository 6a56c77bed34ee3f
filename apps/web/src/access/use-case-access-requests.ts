import { useCallback, useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { listCaseAccessRequests, type AccessRequest } from './access-api.ts';

export interface CaseAccessRequestsState {
  /** Every request on the case; empty until the first answer. */
  readonly requests: AccessRequest[];
  readonly loaded: boolean;
  readonly reload: () => void;
}

/** The case's 调阅申请, read again when `refreshKey` (the case page's) or reload moves. */
export function useCaseAccessRequests(caseId: string, refreshKey: number): CaseAccessRequestsState {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ key: string; requests: AccessRequest[] } | null>(null);
  const key = `${caseId}/${refreshKey}/${version}`;

  useEffect(() => {
    let cancelled = false;
    listCaseAccessRequests(caseId).then(
      (requests) => !cancelled && setState({ key, requests }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setState((prev) => ({ key, requests: prev?.requests ?? [] }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, key, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { requests: state?.requests ?? [], loaded: state !== null, reload };
}
