// SPDX-License-Identifier: EUPL-1.2
import type { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import {
  documentFingerprint,
  type SearchDocument,
  type SearchableType,
} from 'src/modules/search/engine/search-engine';
import { searchableText } from 'src/modules/search/search-text';

/**
 * What one item looks like inside Meilisearch. It holds the access keys (filterable, never
 * displayed or faceted: see MEILI_SETTINGS), among them the author's member id so that the
 * access filter lets the author read their own item as PostgreSQL does; nothing else about the
 * author (no name), so neither hits nor facets can leak one (DOMAIN §3).
 *
 * The text fields are indexed as written (Markdown already turned into plain text), without
 * control characters, as the PostgreSQL engine indexes them (`searchableText`): the highlight
 * tags are control characters, and the engine escapes `_formatted` and only then turns the tags
 * into <mark> (`highlightToHtml`). Escaping here instead would index entities as words (a search
 * for "amp", "lt" or "gt" would find every `&`, `<` and `>`) and let highlights and crops cut
 * through an entity.
 */
export interface MeiliDocument {
  /** `CASE-<id>`: Meilisearch ids allow only a-zA-Z0-9, `-` and `_`. */
  key: string;
  type: SearchableType;
  id: string;
  language: 'SV' | 'EN';
  title: string;
  summary: string;
  body: string;
  answers: string;
  topicIds: string[];
  countryCodes: string[];
  outcome: string | null;
  year: number;
  /** Milliseconds since the epoch, for the NEWEST sort. */
  publishedAtTimestamp: number;
  sharingLevel: SharingLevel;
  /** Access key: filterable, never displayed. */
  authorId: string;
  authorOrganisationId: string;
  recipientOrganisationIds: string[];
  recipientMemberIds: string[];
  directedToIds: string[];
  /**
   * `<MEILI_DOCUMENT_FORMAT>:<documentFingerprint>` of the SearchDocument this was built from,
   * for `search:check`: a document stored by a build that shaped it differently (HTML-escaped
   * text) has the same content fingerprint, and must still count as stale.
   */
  fingerprint: string;
}

/** Bumped whenever the stored shape of the same SearchDocument changes. 2: raw text. */
export const MEILI_DOCUMENT_FORMAT = 2;

/** The fingerprint a document stored now carries; compare with `storedFingerprint`. */
export function meiliFingerprint(doc: SearchDocument): string {
  return `${MEILI_DOCUMENT_FORMAT}:${documentFingerprint(doc)}`;
}

/**
 * What `search:check` compares with PostgreSQL's documentFingerprint: the content fingerprint
 * of a document stored in the current format, and something that matches nothing otherwise.
 */
export function storedFingerprint(stored: string): string {
  const prefix = `${MEILI_DOCUMENT_FORMAT}:`;
  return stored.startsWith(prefix) ? stored.slice(prefix.length) : `outdated-format:${stored}`;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,400}$/;
const SEARCHABLE_TYPES: readonly SearchableType[] = ['CASE', 'QUESTION'];

/** `CASE:<uuid>` (the port's key) to `CASE-<uuid>` (a valid Meilisearch document id). */
export function meiliKey(key: string): string {
  const separator = key.indexOf(':');
  const type = key.slice(0, separator);
  const id = key.slice(separator + 1);
  if (separator < 0 || !isSearchableType(type) || !SAFE_ID.test(id)) {
    throw new Error('A search key must be TYPE:id with an id of a-z, A-Z, 0-9, - or _');
  }
  return `${type}-${id}`;
}

/** The port's key back from the stored type and id. */
export function searchKey(type: SearchableType, id: string): string {
  return `${type}:${id}`;
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const publishedAtTimestamp = Date.parse(doc.publishedAt);
  if (Number.isNaN(publishedAtTimestamp)) {
    throw new Error(`Search document ${doc.key} has an invalid publishedAt`);
  }
  if (doc.key !== searchKey(doc.type, doc.id)) {
    throw new Error(`Search document ${doc.key} does not match its type and id`);
  }
  return {
    key: meiliKey(doc.key),
    type: doc.type,
    id: doc.id,
    language: doc.language,
    title: searchableText(doc.title),
    summary: searchableText(doc.summary),
    body: searchableText(doc.body),
    answers: searchableText(doc.answers),
    topicIds: [...doc.topicIds],
    countryCodes: [...doc.countryCodes],
    outcome: doc.outcome,
    year: doc.year,
    publishedAtTimestamp,
    sharingLevel: doc.sharingLevel,
    authorId: doc.authorId,
    authorOrganisationId: doc.authorOrganisationId,
    recipientOrganisationIds: [...doc.recipientOrganisationIds],
    recipientMemberIds: [...doc.recipientMemberIds],
    directedToIds: [...doc.directedToIds],
    fingerprint: meiliFingerprint(doc),
  };
}

function isSearchableType(value: string): value is SearchableType {
  return (SEARCHABLE_TYPES as readonly string[]).includes(value);
}
