import { useCallback, useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { listCaseDocuments, type IssuedDocument } from './documents-api.ts';

/** The case's issued documents, newest first; `reload` after issuing or voiding. */
export function useCaseDocuments(caseId: string | undefined, refreshKey = 0) {
  const report = useReportError();
  const [documents, setDocuments] = useState<IssuedDocument[] | null>(null);
  const [ownKey, setOwnKey] = useState(0);
  useEffect(() => {
    if (caseId === undefined) return;
    let live = true;
    listCaseDocuments(caseId)
      .then((items) => {
        if (live) setDocuments(items);
      })
      .catch(report);
    return () => {
      live = false;
    };
  }, [caseId, refreshKey, ownKey, report]);
  const reload = useCallback(() => setOwnKey((key) => key + 1), []);
  return { documents, reload };
}
