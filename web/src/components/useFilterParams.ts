// SPDX-License-Identifier: EUPL-1.2
import { useSearchParams } from 'react-router';

/**
 * A filter form's state in the address (so a filtered view can be shared and survives a
 * reload): the current parameters, and `set` to change some at once (an empty value removes
 * the parameter). The address is replaced, not pushed: filtering is not a navigation.
 */
export function useFilterParams() {
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes))
      if (value) next.set(name, value);
      else next.delete(name);
    setParams(next, { replace: true });
  };
  return [params, set] as const;
}
