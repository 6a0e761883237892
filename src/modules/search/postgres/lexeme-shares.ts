// SPDX-License-Identifier: EUPL-1.2
import type { DataSource } from 'typeorm';
import { KeptValue } from 'src/common/kept-value';
import { tsQueryShareBound } from 'src/modules/search/language/tsquery-share';

/** ANALYZE's most common lexemes of `search_vector` and the share of documents holding each. */
interface LexemeStatistics {
  shares: Map<string, number>;
  /** The least share in the list: no lexeme outside it is counted as more common. */
  least: number;
}

/**
 * The most of `search_document` a tsquery can match (`bound`), from ANALYZE's statistics of
 * `search_vector` (its most common lexemes, 5 000 of them, the SearchVectorStatistics migration),
 * read from `pg_stats` at most once a minute per process, like the date histogram. Null when
 * there are no statistics yet, or the query has a prefix (`:*`), whose lexemes the list cannot
 * tell.
 */
export class LexemeShares {
  private readonly statistics = new KeptValue(() => this.query(), {
    maxAgeMs: STATISTICS_MAX_AGE_MS,
    keep: (statistics) => statistics !== null,
  });

  constructor(private readonly dataSource: DataSource) {}

  /** The bound as a share of the documents, for the query in each language (ORed). */
  async bound(queries: readonly string[]): Promise<number | null> {
    const statistics = await this.statistics.get().catch(() => null);
    if (!statistics) return null;
    const shareOf = (lexeme: string, prefix: boolean) =>
      prefix ? null : (statistics.shares.get(lexeme) ?? statistics.least);
    let total = 0;
    for (const query of new Set(queries)) {
      const share = tsQueryShareBound(query, shareOf);
      if (share === null) return null;
      total += share;
    }
    return Math.min(1, total);
  }

  private async query(): Promise<LexemeStatistics | null> {
    const rows: { lexemes: string[] | null; shares: number[] | null }[] =
      await this.dataSource.query(
        `SELECT most_common_elems::text::text[] AS lexemes, most_common_elem_freqs AS shares
           FROM pg_stats
          WHERE schemaname = current_schema() AND tablename = 'search_document'
            AND attname = 'search_vector'`,
      );
    const { lexemes, shares } = rows[0] ?? {};
    if (!lexemes?.length || !shares) return null;
    // After the lexemes' shares PostgreSQL appends the least, the greatest and the share of
    // empty vectors.
    const least = shares[lexemes.length];
    if (least === undefined) return null;
    return { shares: new Map(lexemes.map((lexeme, i) => [lexeme, shares[i]!])), least };
  }
}

const STATISTICS_MAX_AGE_MS = 60_000;
