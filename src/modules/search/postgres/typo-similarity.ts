// SPDX-License-Identifier: EUPL-1.2

/**
 * The trigram similarity from which indexed words are considered as typo corrections
 * (PostgresSearchEngine.candidates): lower than pg_trgm's default of 0.3, which misses
 * "exprot" → "export" (0.27); the edit distance then decides. Every connection starts with it
 * as `pg_trgm.similarity_threshold` (STATEMENT_SETTINGS).
 */
export const TYPO_SIMILARITY = 0.2;
