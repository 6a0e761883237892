// SPDX-License-Identifier: EUPL-1.2
import type { DataSource } from 'typeorm';

/**
 * Where the newest `share` of the documents begins, from the bounds of ANALYZE's equal-count
 * histogram of `published_at` (ascending; between two neighbouring bounds lies the same number
 * of documents). The bound is taken on the early side, so that at least that share of the
 * documents, as ANALYZE counted them, is at or after it; documents published since ANALYZE
 * only add to it. Null when there is no histogram or the window would hold every document.
 */
export function windowStart(bounds: readonly Date[], share: number): Date | null {
  const buckets = bounds.length - 1;
  if (buckets < 1 || !(share > 0) || share >= 1) return null;
  const index = Math.floor(buckets * (1 - share));
  return index > 0 ? (bounds[index] ?? null) : null;
}

/**
 * The `published_at` histogram of `search_document`, read from `pg_stats` at most once a
 * minute per process: it only moves when ANALYZE runs, and a stale one only makes a window
 * larger (newer documents are after every bound) or, when documents were removed, shorter,
 * which the search's fallback covers (PostgresSearchEngine.run).
 */
export class PublishedHistogram {
  private bounds: Promise<Date[]> | null = null;
  private readAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxAgeMs = HISTOGRAM_MAX_AGE_MS,
  ) {}

  read(): Promise<Date[]> {
    const now = Date.now();
    if (!this.bounds || now - this.readAt > this.maxAgeMs) {
      this.readAt = now;
      const bounds = this.query().then(
        (found) => {
          // None yet (no ANALYZE since the table filled): ask again next time.
          if (found.length === 0 && this.bounds === bounds) this.bounds = null;
          return found;
        },
        () => {
          // Next time, ask again; this search goes without a window.
          if (this.bounds === bounds) this.bounds = null;
          return [];
        },
      );
      this.bounds = bounds;
    }
    return this.bounds;
  }

  private async query(): Promise<Date[]> {
    const rows: { bounds: Date[] | null }[] = await this.dataSource.query(
      `SELECT histogram_bounds::text::timestamptz[] AS bounds FROM pg_stats
        WHERE schemaname = current_schema() AND tablename = 'search_document'
          AND attname = 'published_at'`,
    );
    return rows[0]?.bounds ?? [];
  }
}

const HISTOGRAM_MAX_AGE_MS = 60_000;
