import { useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { listAvRecords } from '../av/av-api.ts';
import { listAccessHistory, type AccessHistoryItem } from './access-api.ts';

export interface AccessHistoryState {
  readonly items: AccessHistoryItem[];
  /** The case's recordings by id, by their standard names, for the history's 对象. */
  readonly avNames: ReadonlyMap<string, string>;
}

/** The case's access history while `active` (the drawer is open); null until it arrives. */
export function useAccessHistory(
  caseId: string,
  active: boolean,
  reloadKey: string,
): AccessHistoryState | null {
  const report = useReportError();
  const [loaded, setLoaded] = useState<{ key: string; state: AccessHistoryState } | null>(null);
  const key = `${caseId}/${reloadKey}`;

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    Promise.all([
      listAccessHistory(caseId),
      // Names only: the history still reads without them.
      listAvRecords(caseId).catch(() => []),
    ]).then(
      ([items, records]) =>
        !cancelled &&
        setLoaded({
          key,
          state: { items, avNames: new Map(records.map((record) => [record.id, record.name])) },
        }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded({ key, state: { items: [], avNames: new Map() } });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, key, active, report]);

  return loaded?.key === key ? loaded.state : null;
}
