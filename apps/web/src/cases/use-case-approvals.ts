import { useEffect, useState } from 'react';
import { listCaseApprovals, type ApprovalRequestView } from '../api/cases.ts';
import { useReportError } from '../api/use-report-error.ts';

/** The case's approvals, reloaded whenever `version` changes. */
export function useCaseApprovals(caseId: string, version: number) {
  const report = useReportError();
  const [loaded, setLoaded] = useState<{ key: string; items: ApprovalRequestView[] } | null>(null);
  const key = `${caseId}/${version}`;
  useEffect(() => {
    let cancelled = false;
    listCaseApprovals(caseId).then(
      (items) => !cancelled && setLoaded({ key, items }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded({ key, items: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, key, report]);
  // Keep this case's last list while a newer one loads, so the card does not jump.
  return loaded?.key.startsWith(`${caseId}/`) ? loaded.items : [];
}
