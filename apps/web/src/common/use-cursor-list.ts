import { useCallback, useEffect, useState } from 'react';
import type { Page } from '../api/types.ts';
import { useReportError } from '../api/use-report-error.ts';

export type PageFetcher<T> = (cursor: string | undefined) => Promise<Page<T>>;

interface ListState<T> {
  readonly source: PageFetcher<T> | null;
  readonly version: number;
  readonly items: T[];
  readonly nextCursor: string | null;
}

export interface CursorList<T> {
  readonly items: T[];
  readonly loading: boolean;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly loadMore: () => void;
  readonly reload: () => void;
  /** Replaces an item in place (after an edit), keeping the pages already loaded. */
  readonly replace: (item: T) => void;
}

/**
 * A list read page by page with the server's opaque cursor ("加载更多"). `fetchPage` must be
 * memoised by the caller: a new function (new filter) starts again from the first page.
 */
export function useCursorList<T extends { id: string }>(fetchPage: PageFetcher<T>): CursorList<T> {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<ListState<T>>({
    source: null,
    version: 0,
    items: [],
    nextCursor: null,
  });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetchPage(undefined).then(
      (page) => {
        if (!cancelled) {
          setState({ source: fetchPage, version, items: page.items, nextCursor: page.nextCursor });
        }
      },
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setState({ source: fetchPage, version, items: [], nextCursor: null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [fetchPage, version, report]);

  const loading = state.source !== fetchPage || state.version !== version;

  const loadMore = useCallback(() => {
    if (!state.nextCursor || state.source !== fetchPage) return;
    setLoadingMore(true);
    fetchPage(state.nextCursor)
      .then(
        (page) =>
          setState((prev) =>
            prev.source === fetchPage
              ? { ...prev, items: [...prev.items, ...page.items], nextCursor: page.nextCursor }
              : prev,
          ),
        report,
      )
      .finally(() => setLoadingMore(false));
  }, [fetchPage, state.nextCursor, state.source, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);

  const replace = useCallback(
    (item: T) =>
      setState((prev) => ({
        ...prev,
        items: prev.items.map((existing) => (existing.id === item.id ? item : existing)),
      })),
    [],
  );

  return {
    items: state.items,
    loading,
    hasMore: !loading && state.nextCursor !== null,
    loadingMore,
    loadMore,
    reload,
    replace,
  };
}
