// SPDX-License-Identifier: EUPL-1.2
import { Errors } from 'src/graph/errors/app-error';
import { decodeCursor, encodeCursor } from 'src/graph/pagination/cursor';

/**
 * Meilisearch has no keyset paging: a page is a position in the ranked result list. A cursor is
 * therefore that position (the offset just past the hit), opaque to clients as base64url JSON
 * like every other cursor. An item indexed or removed between two requests shifts later pages
 * by one, which is acceptable for a ranked search and unavoidable without keysets.
 *
 * Queries use Meilisearch's `page`/`hitsPerPage` mode, not `offset`/`limit`: only that mode
 * counts every match (`totalHits`), where `offset`/`limit` answers `estimatedTotalHits`, which
 * may be wrong and change from page to page. `totalCount` is "every hit the viewer may read",
 * so it has to be exact. The price is that a page must sit on a page boundary, which
 * `pageWindow` arranges: a cursor taken from a page of the same size (the normal case) lands on
 * a boundary; any other cursor gets the smallest page that covers the wanted hits, which are
 * then cut out of it.
 */
export interface PageWindow {
  page: number;
  hitsPerPage: number;
  /** Hits to drop from the front of the page. */
  skip: number;
}

const CURSOR_TAG = 'meili';

export function pageWindow(offset: number, first: number): PageWindow {
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(first) || first < 1) {
    throw new Error(`Invalid page window: offset ${offset}, first ${first}`);
  }
  for (let hitsPerPage = first; ; hitsPerPage += 1) {
    const page = Math.floor(offset / hitsPerPage) + 1;
    if (page * hitsPerPage >= offset + first) {
      return { page, hitsPerPage, skip: offset - (page - 1) * hitsPerPage };
    }
  }
}

export function encodeOffset(offset: number): string {
  return encodeCursor([CURSOR_TAG, offset]);
}

/** The offset an `after` cursor points past; 0 without one. */
export function decodeOffset(after: string | null | undefined): number {
  if (!after) return 0;
  const [tag, offset] = decodeCursor(after, 2);
  if (tag === CURSOR_TAG && typeof offset === 'number' && Number.isSafeInteger(offset)) {
    if (offset >= 0) return offset;
  }
  throw Errors.badInput('Invalid cursor', [
    { field: 'after', message: 'is not a cursor from this search' },
  ]);
}
