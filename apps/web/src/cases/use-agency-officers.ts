import { useEffect, useState } from 'react';
import { listAgencyOfficers, type AgencyOfficer } from '../api/cases.ts';
import { useReportError } from '../api/use-report-error.ts';

/** The agency's active officers, to put on a case; empty while loading or without agency. */
export function useAgencyOfficers(agencyId: string | null): {
  officers: AgencyOfficer[];
  loading: boolean;
} {
  const report = useReportError();
  const [loaded, setLoaded] = useState<{ agencyId: string; officers: AgencyOfficer[] } | null>(
    null,
  );
  useEffect(() => {
    if (!agencyId) return;
    let cancelled = false;
    listAgencyOfficers(agencyId).then(
      (officers) => !cancelled && setLoaded({ agencyId, officers }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded({ agencyId, officers: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [agencyId, report]);
  const current = agencyId && loaded?.agencyId === agencyId ? loaded : null;
  return { officers: current?.officers ?? [], loading: Boolean(agencyId) && current === null };
}
