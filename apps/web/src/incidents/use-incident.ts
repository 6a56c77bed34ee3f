import { useEffect, useState } from 'react';
import { ApiError } from '../api/problem.ts';
import { useReportError } from '../api/use-report-error.ts';
import { getIncident, type IncidentDetail } from './incidents-api.ts';

/** One incident with its recordings; `notFound` for another agency's or a stale id. */
export function useIncident(id: string): { incident: IncidentDetail | null; notFound: boolean } {
  const report = useReportError();
  const [loaded, setLoaded] = useState<{
    id: string;
    incident: IncidentDetail | null;
    notFound: boolean;
  } | null>(null);

  useEffect(() => {
    let cancelled = false;
    getIncident(id).then(
      (incident) => !cancelled && setLoaded({ id, incident, notFound: false }),
      (error: unknown) => {
        if (cancelled) return;
        const notFound = error instanceof ApiError && error.status === 404;
        if (!notFound) report(error);
        setLoaded({ id, incident: null, notFound });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, report]);

  const current = loaded?.id === id ? loaded : null;
  return { incident: current?.incident ?? null, notFound: current?.notFound ?? false };
}
