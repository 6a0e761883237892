// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import type { Viewer } from 'src/graph/auth/viewer';
import type { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import type { SearchEngineName } from 'src/modules/search/engine/search-engine-name';

/** The content types search covers: cases, and questions with their answers. */
export type SearchableType = 'CASE' | 'QUESTION';

/**
 * One searchable item, built from PostgreSQL by SearchDocumentBuilder. Only LIVE items are
 * indexed (published, visible); a withdrawn, hidden or deleted item is removed.
 *
 * Carries the access keys the access policy needs for a LIVE item (level, author, author
 * organisation, recipients, directed-to organisations) and nothing else about the author: no
 * name, nor, for an anonymous item, anything shown as its organisation. `authorId` and
 * `authorOrganisationId` are access keys only (the author reads their own item in search as
 * everywhere else); engines must never return them or count them in a facet.
 */
export interface SearchDocument {
  /** `${type}:${id}`: the engine's primary key. */
  key: string;
  type: SearchableType;
  id: string;
  language: 'SV' | 'EN';
  /** Plain text (Markdown rendered and stripped); HTML-escaped by the engines where they highlight. */
  title: string;
  summary: string;
  body: string;
  /** Questions: the text of their published, visible answers. */
  answers: string;
  topicIds: string[];
  countryCodes: string[];
  /** Cases only. */
  outcome: string | null;
  /** Cases: the collaboration's year; questions: the year they opened. */
  year: number;
  /** ISO timestamp: publication (cases) or opening (questions); the NEWEST sort. */
  publishedAt: string;
  sharingLevel: SharingLevel;
  /** Access key only: never returned, never a facet. */
  authorId: string;
  authorOrganisationId: string;
  recipientOrganisationIds: string[];
  recipientMemberIds: string[];
  directedToIds: string[];
}

export type SearchSort = 'RELEVANCE' | 'NEWEST';

export interface SearchFilter {
  types?: SearchableType[];
  topicIds?: string[];
  countryCodes?: string[];
  outcomes?: string[];
  years?: number[];
  sharingLevels?: SharingLevel[];
}

export interface SearchRequest {
  /** Trimmed, 1–200 characters (the resolver validates). */
  query: string;
  filter: SearchFilter;
  sort: SearchSort;
  first: number;
  after?: string | null;
}

export interface SearchHit {
  type: SearchableType;
  id: string;
  /** HTML-escaped text with matches wrapped in <mark>…</mark>. */
  titleHighlight: string;
  /** A short HTML-escaped excerpt around the matches, <mark>ed. */
  snippet: string;
  cursor: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  type: FacetCount[];
  topic: FacetCount[];
  country: FacetCount[];
  outcome: FacetCount[];
  year: FacetCount[];
  sharingLevel: FacetCount[];
}

export interface SearchResult {
  hits: SearchHit[];
  /**
   * Every hit the viewer may read, not only this page, counted up to SEARCH_COUNT_CAP: when
   * `totalCountIsExact` is false there are more than `totalCount` (which is then the cap).
   */
  totalCount: number;
  totalCountIsExact: boolean;
  /** Whether the facets count every readable hit (false: only the hits counted, see the engine). */
  facetCountsAreExact: boolean;
  hasNextPage: boolean;
  facets: SearchFacets;
  /** A corrected query when the words look misspelt. */
  didYouMean: string | null;
}

/**
 * The search port (DOMAIN §10). Both engines answer only with what the viewer may read, by the
 * rules of AccessPolicy: hits, counts and facet counts alike.
 */
export interface SearchEngine {
  readonly name: SearchEngineName;
  /** Creates indexes/settings; idempotent, called at start-up. */
  prepare(): Promise<void>;
  upsert(documents: readonly SearchDocument[]): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
  /** Removes everything (before a full reindex). */
  clear(): Promise<void>;
  /** Every indexed key with a fingerprint of its content, for `search:check`. */
  fingerprints(): Promise<Map<string, string>>;
  search(request: SearchRequest, viewer: Viewer | null): Promise<SearchResult>;
  /**
   * Whether an engine outside PostgreSQL answers (for /ready); absent for the PostgreSQL
   * engine, which is the database.
   */
  healthy?(): Promise<boolean>;
}

export const SEARCH_ENGINE = Symbol('SearchEngine');

/** A stable hash of a document's content: what `search:check` compares with PostgreSQL. */
export function documentFingerprint(document: SearchDocument): string {
  const ordered = Object.fromEntries(
    Object.entries(document).sort(([a], [b]) => a.localeCompare(b)),
  );
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex').slice(0, 32);
}
