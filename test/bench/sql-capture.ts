// SPDX-License-Identifier: EUPL-1.2
import type { DataSource, QueryRunner } from 'typeorm';

export interface CapturedStatement {
  sql: string;
  params: unknown[];
  /** Issued by the search engine (its search_… tables), not auth or entity loads. */
  engine: boolean;
}

/**
 * Records every statement the app sends while `work` runs, with its parameters exactly as they
 * reach the `pg` driver: each query runner the DataSource hands out during the window (raw
 * `dataSource.query` and the entity manager alike) reports its queries. The benchmark calls it
 * around one request at a time, so nothing else is mixed in.
 */
export async function captureStatements<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<{ result: T; statements: CapturedStatement[] }> {
  const statements: CapturedStatement[] = [];
  const previous = Object.getOwnPropertyDescriptor(dataSource, 'createQueryRunner');
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>) => {
    const runner: QueryRunner = create(...args);
    const query = runner.query.bind(runner) as (...a: unknown[]) => Promise<unknown>;
    runner.query = ((sql: string, params?: unknown[], ...rest: unknown[]) => {
      statements.push({
        sql,
        params: params ?? [],
        engine: /\bsearch_(document|term|highlight_word)\b/.test(sql),
      });
      return query(sql, params, ...rest);
    }) as QueryRunner['query'];
    return runner;
  };
  try {
    return { result: await work(), statements };
  } finally {
    if (previous) Object.defineProperty(dataSource, 'createQueryRunner', previous);
    else delete (dataSource as { createQueryRunner?: unknown }).createQueryRunner;
  }
}
