// SPDX-License-Identifier: EUPL-1.2
import { getNullableType, isListType, isObjectType, type GraphQLCompositeType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from 'src/graph/pagination/page-args';

/**
 * What a list without `first` is assumed to hold: topics of a kind, countries of a case,
 * facet values. They are short and bounded by the catalogue, but not free.
 */
export const UNPAGED_LIST_SIZE = 5;

/**
 * The cost model: every field costs 1; a field's selection is paid once per item it returns.
 * A connection returns `first` items (the default page when omitted; a value above the maximum
 * counts as the maximum, since validation refuses it anyway with a clearer message), any other
 * list UNPAGED_LIST_SIZE items. So `cases(first: 100)` costs about 100 × the cost of one case,
 * and a page of pages multiplies. A connection's `edges` are the page the connection already
 * paid for, so they are not counted again.
 */
export const queryCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const items = field.args.some((arg) => arg.name === 'first')
    ? pageSize(args.first)
    : isListType(getNullableType(field.type)) && !isEdgesOfConnection(type, field.name)
      ? UNPAGED_LIST_SIZE
      : 1;
  return 1 + items * childComplexity;
};

/** `edges` of a Relay connection (a type with `pageInfo`, like every `…Connection`). */
function isEdgesOfConnection(parent: GraphQLCompositeType, fieldName: string): boolean {
  return fieldName === 'edges' && isObjectType(parent) && 'pageInfo' in parent.getFields();
}

function pageSize(first: unknown): number {
  if (typeof first !== 'number' || !Number.isFinite(first)) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(Math.trunc(first), 1), MAX_PAGE_SIZE);
}
