import type { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import {
  documentFingerprint,
  type SearchDocument,
  type SearchableType,
} from 'src/modules/search/engine/search-engine';

/**
 * What one item looks like inside Meilisearch. It holds the access keys (filterable, never
 * displayed or faceted: see MEILI_SETTINGS), among them the author's member id so that the
 * access filter lets the author read their own item as PostgreSQL does; nothing else about the
 * author (no name), so neither hits nor facets can leak one (DOMAIN §3).
 *
 * The text fields are HTML-escaped here, when the document is built: Meilisearch copies them
 * into `_formatted` and only adds its own `<mark>` tags, so an item whose text contains `<`
 * cannot put markup into a highlight or snippet. Only `&`, `<` and `>` are escaped: highlights
 * are element content, where quotes need no escaping, and every entity becomes a searchable word
 * (`&amp;` indexes "amp"), so each escaped character costs a little recall.
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
  /** documentFingerprint of the SearchDocument this was built from, for `search:check`. */
  fingerprint: string;
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
    title: escapeHtml(doc.title),
    summary: escapeHtml(doc.summary),
    body: escapeHtml(doc.body),
    answers: escapeHtml(doc.answers),
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
    fingerprint: documentFingerprint(doc),
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Belt and braces for Meilisearch output: keeps the `<mark>` tags Meilisearch added and escapes
 * any other angle bracket. Build-time escaping already leaves none; this holds even for a
 * document indexed by an older build.
 */
export function keepOnlyMarks(formatted: string): string {
  return formatted
    .split(/(<mark>|<\/mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeAngles(part)))
    .join('');
}

function escapeAngles(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function isSearchableType(value: string): value is SearchableType {
  return (SEARCHABLE_TYPES as readonly string[]).includes(value);
}
