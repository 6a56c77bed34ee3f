import { useCallback, useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { listMyAccessRequests, type AccessRequest } from './access-api.ts';

export interface MyAccessRequestsState {
  /** Null until the first answer. */
  readonly mine: AccessRequest[] | null;
  readonly toDecide: AccessRequest[] | null;
  readonly loading: boolean;
  readonly reload: () => void;
}

/** The user's own requests and those waiting for his decision. */
export function useMyAccessRequests(): MyAccessRequestsState {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{
    version: number;
    mine: AccessRequest[] | null;
    toDecide: AccessRequest[] | null;
  } | null>(null);

  useEffect(() => {
    let cancelled = false;
    listMyAccessRequests().then(
      ({ mine, toDecide }) => !cancelled && setState({ version, mine, toDecide }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setState((prev) => ({
          version,
          mine: prev?.mine ?? [],
          toDecide: prev?.toDecide ?? [],
        }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [version, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return {
    mine: state?.mine ?? null,
    toDecide: state?.toDecide ?? null,
    loading: state?.version !== version,
    reload,
  };
}
