// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { ScreenTextQuery } from './documents';
import type { Finding } from './findings';

/** How long typing must pause before the text is screened again. */
export const SCREENING_DELAY_MS = 400;

export interface Screening {
  findings: Finding[];
  /** The text the findings describe (positions refer to it). */
  screened: string;
  failed: boolean;
}

/**
 * Live personal-data screening (`screenText`) of one field as the author types, debounced so a
 * request goes out only when typing pauses; an answer for older text is dropped.
 */
export function useScreening(text: string): Screening {
  const client = useClient();
  const [state, setState] = useState<Screening>({ findings: [], screened: '', failed: false });
  useEffect(() => {
    if (!text.trim()) {
      setState({ findings: [], screened: text, failed: false });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void client
        .query(ScreenTextQuery, { text }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          if (!current) return;
          if (result.data)
            setState({ findings: result.data.screenText, screened: text, failed: false });
          else setState((previous) => ({ ...previous, failed: true }));
        });
    }, SCREENING_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, text]);
  return state;
}
