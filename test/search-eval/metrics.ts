// SPDX-License-Identifier: EUPL-1.2
import type { JudgedQuery, QueryClass } from 'test/search-eval/queries';

/** nDCG@k with gains 2^grade − 1 and the ideal order of the judged grades. */
export function ndcgAt(k: number, ranked: readonly string[], judgments: JudgedQuery['judgments']) {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = ranked
    .slice(0, k)
    .reduce((sum, id, i) => sum + gain(judgments[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(judgments)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** The share of the relevant (grade ≥ 1) items in the first k. */
export function recallAt(
  k: number,
  ranked: readonly string[],
  judgments: JudgedQuery['judgments'],
) {
  const relevant = Object.keys(judgments);
  const found = ranked.slice(0, k).filter((id) => id in judgments).length;
  return relevant.length === 0 ? 1 : found / relevant.length;
}

export interface QueryScore {
  query: string;
  queryClass: QueryClass;
  ndcg10: number;
  recall20: number;
}

export interface ClassScore {
  queryClass: QueryClass | 'overall';
  queries: number;
  ndcg10: number;
  recall20: number;
}

/** Mean scores per class and overall (every query weighs the same). */
export function summarise(scores: readonly QueryScore[]): ClassScore[] {
  const mean = (list: readonly QueryScore[], pick: (s: QueryScore) => number) =>
    list.reduce((sum, s) => sum + pick(s), 0) / list.length;
  const classes = [...new Set(scores.map((s) => s.queryClass))];
  const rows: ClassScore[] = classes.map((queryClass) => {
    const list = scores.filter((s) => s.queryClass === queryClass);
    return {
      queryClass,
      queries: list.length,
      ndcg10: mean(list, (s) => s.ndcg10),
      recall20: mean(list, (s) => s.recall20),
    };
  });
  rows.push({
    queryClass: 'overall',
    queries: scores.length,
    ndcg10: mean(scores, (s) => s.ndcg10),
    recall20: mean(scores, (s) => s.recall20),
  });
  return rows;
}

export function formatTable(engine: string, rows: readonly ClassScore[]): string {
  const lines = [`Relevance (${engine}): class, queries, nDCG@10, recall@20`];
  for (const row of rows)
    lines.push(
      `  ${row.queryClass.padEnd(15)} ${String(row.queries).padStart(3)}   ${row.ndcg10.toFixed(3)}   ${row.recall20.toFixed(3)}`,
    );
  return lines.join('\n');
}
