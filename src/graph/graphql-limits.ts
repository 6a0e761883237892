// SPDX-License-Identifier: EUPL-1.2
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { ErrorCode } from 'src/graph/errors/error-code';
import { queryCostEstimator } from 'src/graph/query-cost';

/**
 * Limits every operation before it runs. Depth, aliases and directives are GraphQL Armor's
 * validation rules; tokens are graphql-js's own parse limit; cost is `src/graph/query-cost.ts`,
 * which counts list sizes (`first`) so that a page of 100 costs what 100 items cost.
 *
 * Our deepest legitimate read is question → answers → node → author → organisation, about 8
 * levels. `maxCost` keeps every documented maximum usable: any one connection at `first: 100`
 * with every field of its items (and search at `first: 100` with all facets) stays under it,
 * while pages of pages, or many maximal pages in one request, do not (see graphql-limits.spec).
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 3000,
  maxCost: 150_000,
  maxDirectives: 20,
} as const;

type LimitName = 'depth' | 'aliases' | 'directives';

const LIMIT_WORDING: Record<LimitName, string> = {
  depth: 'Query depth',
  aliases: 'The number of aliases',
  directives: 'The number of directives',
};

/** A refusal for a limit: QUERY_TOO_COMPLEX with what was found and what is allowed. */
export function queryTooComplex(message: string, limit: string, maximum: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, maximum, http: { status: 400 } },
  });
}

/**
 * Armor reports "Syntax Error: Query depth limit of 12 exceeded, found 14."; we report
 * QUERY_TOO_COMPLEX with "Query depth 14 exceeds the limit of 12". Armor only hands the
 * finding over inside its message, hence the match.
 */
function reportLimit(limit: LimitName, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    const subject = LIMIT_WORDING[limit];
    const message = found
      ? `${subject} ${found} exceeds the limit of ${maximum}`
      : `${subject} exceeds the limit of ${maximum}`;
    context?.reportError(queryTooComplex(message, limit, maximum));
  };
}

const armorRule = (limit: LimitName, n: number) => ({
  n,
  propagateOnRejection: false,
  onReject: [reportLimit(limit, n)],
});

/**
 * GraphQL Armor's depth, alias and directive rules (refusing with QUERY_TOO_COMPLEX) and its
 * field-suggestion masking. Its cost rule is off (it ignores `first` given as a variable and
 * multiplies by 1.5 per level, so deep but small reads cost more than wide ones) and so is its
 * token plugin (it throws from a parsing hook, which Apollo answers with HTTP 500): Apollo
 * passes `parseOptions.maxTokens` to graphql-js instead.
 */
export function graphqlArmor() {
  return new ApolloArmor({
    maxDepth: { ...armorRule('depth', GRAPHQL_LIMITS.maxDepth), ignoreIntrospection: true },
    maxAliases: armorRule('aliases', GRAPHQL_LIMITS.maxAliases),
    maxDirectives: armorRule('directives', GRAPHQL_LIMITS.maxDirectives),
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** graphql-js's wording when `parse` stops at `maxTokens`. */
// graphql-js 16 writes "more that"; accept the corrected wording too.
const TOKEN_LIMIT_MESSAGE = /Document contains more (?:than|that) \d+ tokens/;

/** The parse error for too many tokens as a limit refusal; other parse errors stay as they are. */
export function tokenLimitError(message: string): GraphQLError | null {
  return TOKEN_LIMIT_MESSAGE.test(message)
    ? queryTooComplex(
        `The query has more than ${GRAPHQL_LIMITS.maxTokens} tokens, the limit`,
        'tokens',
        GRAPHQL_LIMITS.maxTokens,
      )
    : null;
}

/**
 * The cost of an operation with its variables, or the error that refuses it: QUERY_TOO_COMPLEX
 * over `maxCost`, or the variables' own error when they do not fit their types.
 */
export function checkQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): GraphQLError | null {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [queryCostEstimator],
    });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      return queryTooComplex('The query selects too many fields', 'cost', GRAPHQL_LIMITS.maxCost);
    }
    return error instanceof GraphQLError
      ? new GraphQLError(error.message, {
          extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
        })
      : new GraphQLError('Invalid query', {
          extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
        });
  }
  return cost > GRAPHQL_LIMITS.maxCost
    ? queryTooComplex(
        `Query cost ${cost} exceeds the limit of ${GRAPHQL_LIMITS.maxCost}; ask for fewer items (first) or fewer fields`,
        'cost',
        GRAPHQL_LIMITS.maxCost,
      )
    : null;
}
