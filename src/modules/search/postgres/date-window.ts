// SPDX-License-Identifier: EUPL-1.2
import type { DataSource } from 'typeorm';
import { KeptValue } from 'src/common/kept-value';

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
  private readonly bounds = new KeptValue(() => this.query(), {
    maxAgeMs: HISTOGRAM_MAX_AGE_MS,
    // None yet (no ANALYZE since the table filled): ask again next time.
    keep: (bounds) => bounds.length > 0,
  });

  constructor(private readonly dataSource: DataSource) {}

  /** The bounds, ascending; none when there are no statistics or they cannot be read. */
  read(): Promise<Date[]> {
    // This search goes without a window; the next asks again.
    return this.bounds.get().catch(() => []);
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
