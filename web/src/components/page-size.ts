// SPDX-License-Identifier: EUPL-1.2

/**
 * Items a page unless a list says otherwise. Its own module, without React, because the page
 * load's first query (app/landing-page.ts) needs it before React has loaded.
 */
export const DEFAULT_PAGE_SIZE = 10;
