import { useEffect, useState } from 'react';
import type { ApprovalRequestView } from '../api/cases.ts';
import { getApproval, type ApprovalActionView } from './approval-api.ts';

/** Every act on one approval, oldest first, read again whenever the approval moves. */
export function useApprovalActions(request: ApprovalRequestView): ApprovalActionView[] {
  const key = `${request.id}/${request.version}`;
  const [loaded, setLoaded] = useState<{ key: string; actions: ApprovalActionView[] } | null>(null);
  useEffect(() => {
    let cancelled = false;
    getApproval(request.id).then(
      (detail) => !cancelled && setLoaded({ key, actions: detail.actions }),
      () => !cancelled && setLoaded({ key, actions: [] }),
    );
    return () => {
      cancelled = true;
    };
  }, [request.id, key]);
  // Keep the last history of this approval while the newer one loads.
  return loaded?.key.startsWith(`${request.id}/`) ? loaded.actions : [];
}
