// SPDX-License-Identifier: EUPL-1.2
import type { InsightDimension, InsightItemKind, InsightPeriod } from '../../graphql/graphql';

export const DIMENSIONS: readonly InsightDimension[] = ['TOPIC', 'COUNTRY', 'LEVEL_BAND'];
export const PERIODS: readonly InsightPeriod[] = ['MONTH', 'QUARTER', 'YEAR'];
export const KINDS: readonly InsightItemKind[] = ['QUESTION', 'CASE'];

export interface InsightFilters {
  dimension: InsightDimension;
  period: InsightPeriod;
  kind: InsightItemKind | null;
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dashboard's choices from the address (so a view can be shared), with this calendar year
 * by quarter as the default and anything unknown replaced by its default.
 */
export function insightFiltersFromParams(params: URLSearchParams, today: Date): InsightFilters {
  const year = today.getFullYear();
  const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T) =>
    allowed.includes(value as T) ? (value as T) : fallback;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    dimension: pick(params.get('dimension'), DIMENSIONS, 'TOPIC'),
    period: pick(params.get('period'), PERIODS, 'QUARTER'),
    kind: KINDS.includes(params.get('kind') as InsightItemKind)
      ? (params.get('kind') as InsightItemKind)
      : null,
    from: DATE.test(from) ? from : `${year}-01-01`,
    to: DATE.test(to) ? to : `${year + 1}-01-01`,
  };
}
