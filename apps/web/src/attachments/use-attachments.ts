import { useCallback, useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { listAttachments, type AttachmentView } from './attachments-api.ts';

export interface AttachmentsState {
  /** The record version's attachments; null until the first answer. */
  readonly attachments: AttachmentView[] | null;
  readonly loading: boolean;
  readonly reload: () => void;
}

/** One record version's attachments, loaded again on reload. */
export function useAttachments(recordId: string): AttachmentsState {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<{
    key: string;
    recordId: string;
    attachments: AttachmentView[];
  } | null>(null);
  const key = `${recordId}/${version}`;

  useEffect(() => {
    let cancelled = false;
    listAttachments(recordId).then(
      (attachments) => !cancelled && setLoaded({ key, recordId, attachments }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded((prev) => ({
          key,
          recordId,
          attachments: prev?.recordId === recordId ? prev.attachments : [],
        }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [recordId, key, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return {
    // Another record's list is never shown while this one's loads.
    attachments: loaded?.recordId === recordId ? loaded.attachments : null,
    loading: loaded?.key !== key,
    reload,
  };
}
