import { useCallback, useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';

export interface Loaded<T> {
  /** Null until the first answer (or after a failure of the first load). */
  readonly data: T | null;
  readonly loading: boolean;
  /** Loads again; the previous data stays on screen meanwhile. */
  readonly reload: () => void;
}

/** One GET, reported as a message when it fails. `load` must be stable (module function). */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ version: number; data: T | null }>({
    version: -1,
    data: null,
  });

  useEffect(() => {
    let cancelled = false;
    load().then(
      (data) => !cancelled && setState({ version, data }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setState((prev) => ({ version, data: prev.data }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load, version, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, loading: state.version !== version, reload };
}
