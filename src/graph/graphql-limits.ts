import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits every operation before it runs (GraphQL Armor): our deepest legitimate read is
 * question → answers (connection) → node → author → organisation, about 8 levels.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 3000,
  maxCost: 20_000,
  maxDirectives: 20,
} as const;

export function graphqlArmor() {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
