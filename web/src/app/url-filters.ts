// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** A change to a page's filters, applied to the filters the URL holds when it runs. */
export type FiltersChange<F> = (current: F) => F;

/**
 * A list page's filters kept in the URL (the case library, the questions): read from the query
 * string, and changed by replacing it, so a filtered list can be shared, reloaded and stepped
 * through with back and forward without each change adding a history entry.
 *
 * `change` keeps one identity for the page's life and applies each change to the URL's current
 * filters (never to those of an older render), so the filter controls can skip re-rendering
 * when their own part did not change: one tick re-renders one control, not the whole form.
 */
export function useUrlFilters<F>(
  fromParams: (params: URLSearchParams) => F,
  toParams: (filters: F) => URLSearchParams,
): [filters: F, change: (change: FiltersChange<F>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => fromParams(params), [fromParams, params]);
  // react-router gives setParams a new identity with every URL; the latest one, for `change`.
  const latest = useRef({ params, setParams, fromParams, toParams });
  useEffect(() => {
    latest.current = { params, setParams, fromParams, toParams };
  }, [params, setParams, fromParams, toParams]);
  const change = useCallback((apply: FiltersChange<F>) => {
    const { params, setParams, fromParams, toParams } = latest.current;
    setParams(toParams(apply(fromParams(params))), { replace: true });
  }, []);
  return [filters, change];
}
