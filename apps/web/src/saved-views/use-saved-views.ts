import { useCallback, useEffect, useState } from 'react';
import { listSavedViews, type SavedView, type SavedViewList } from '../api/saved-views.ts';
import { useReportError } from '../api/use-report-error.ts';

export interface SavedViews {
  readonly views: SavedView[];
  readonly loading: boolean;
  readonly reload: () => void;
}

/** The signed-in user's saved views of one list, by name as the server sorts them. */
export function useSavedViews(list: SavedViewList): SavedViews {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<{
    list: SavedViewList;
    version: number;
    views: SavedView[];
  } | null>(null);

  useEffect(() => {
    let cancelled = false;
    listSavedViews(list).then(
      (views) => !cancelled && setLoaded({ list, version, views }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded({ list, version, views: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [list, version, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // The previous list stays shown while a reload is under way: no flicker after a save.
  const current = loaded?.list === list ? loaded : null;
  return {
    views: current?.views ?? [],
    loading: !current || current.version !== version,
    reload,
  };
}
