import { useEffect, useState } from 'react';
import { listApprovers, type Approver } from './approval-api.ts';

/**
 * The agency's heads and legal reviewers, to pick and to name on the approval card. Empty
 * while loading, and when the user may not list them (a platform supervisor): the card then
 * shows "已同意" without names.
 */
export function useApprovers(agencyId: string): Approver[] {
  const [loaded, setLoaded] = useState<{ agencyId: string; items: Approver[] } | null>(null);
  useEffect(() => {
    let cancelled = false;
    listApprovers(agencyId).then(
      (items) => !cancelled && setLoaded({ agencyId, items }),
      () => !cancelled && setLoaded({ agencyId, items: [] }),
    );
    return () => {
      cancelled = true;
    };
  }, [agencyId]);
  return loaded?.agencyId === agencyId ? loaded.items : [];
}
