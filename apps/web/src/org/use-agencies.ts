import { useCallback, useEffect, useMemo, useState } from 'react';
import { listAllAgencies } from '../api/agencies.ts';
import type { Agency } from '../api/types.ts';
import { useReportError } from '../api/use-report-error.ts';

export interface AgencyDirectory {
  readonly agencies: Agency[];
  readonly byId: ReadonlyMap<string, Agency>;
  readonly loading: boolean;
  readonly reload: () => void;
}

/** Every agency the user may see, for pickers and for showing names next to ids. */
export function useAgencies(): AgencyDirectory {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<{ version: number; agencies: Agency[] } | null>(null);

  useEffect(() => {
    let cancelled = false;
    listAllAgencies().then(
      (agencies) => !cancelled && setLoaded({ version, agencies }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded({ version, agencies: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [version, report]);

  const agencies = useMemo(() => loaded?.agencies ?? [], [loaded]);
  const byId = useMemo(() => new Map(agencies.map((agency) => [agency.id, agency])), [agencies]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { agencies, byId, loading: loaded?.version !== version, reload };
}
