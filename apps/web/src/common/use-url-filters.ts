import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { FilterQuery } from '../api/saved-views.ts';

/** How a list's filter values travel in its query string. */
export interface FilterCodec<T> {
  /** The values the parameters say; a missing, unknown or malformed parameter means "not set". */
  readonly read: (query: FilterQuery) => T;
  /** The parameters for the values, leaving out those not set. */
  readonly write: (values: T) => Record<string, string>;
}

export interface UrlFilters<T> {
  readonly values: T;
  /** The values as parameters, normalised (what a saved view stores). */
  readonly query: FilterQuery;
  readonly setValues: (next: T) => void;
  readonly setQuery: (next: FilterQuery) => void;
}

/**
 * A list's filters kept in the address bar, so that a link shows the same list to whoever
 * opens it and a saved view is nothing more than a saved query string. Changes replace the
 * history entry: the back button leaves the list rather than stepping through each filter.
 */
export function useUrlFilters<T>(codec: FilterCodec<T>): UrlFilters<T> {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const values = useMemo(
    () => codec.read(Object.fromEntries(new URLSearchParams(search))),
    [codec, search],
  );
  const query = useMemo(() => codec.write(values), [codec, values]);
  const setQuery = useCallback(
    (next: FilterQuery) => setParams(codec.write(codec.read(next)), { replace: true }),
    [codec, setParams],
  );
  const setValues = useCallback((next: T) => setQuery(codec.write(next)), [codec, setQuery]);
  return { values, query, setValues, setQuery };
}

/** Whether two filter queries say the same (order of parameters aside). */
export function sameQuery(a: FilterQuery, b: FilterQuery): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
