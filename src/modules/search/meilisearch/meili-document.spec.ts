// SPDX-License-Identifier: EUPL-1.2
import { MEILI_SETTINGS } from 'src/modules/search/meilisearch/meili-settings';
import { randomUUID } from 'node:crypto';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { documentFingerprint, type SearchDocument } from 'src/modules/search/engine/search-engine';
import {
  meiliKey,
  storedFingerprint,
  toMeiliDocument,
} from 'src/modules/search/meilisearch/meili-document';

const id = randomUUID();
const source: SearchDocument = {
  key: `CASE:${id}`,
  type: 'CASE',
  id,
  language: 'SV',
  title: 'Samarbete <b>med</b> & utan "avtal"',
  summary: 'Sammanfattning <script>alert(1)</script>',
  body: 'Brödtext med a < b och c > d',
  answers: '',
  topicIds: [randomUUID()],
  countryCodes: ['CN', 'SE'],
  outcome: 'DECLINED',
  year: 2024,
  publishedAt: '2025-02-03T04:05:06.000Z',
  sharingLevel: SharingLevel.AMBER,
  authorId: randomUUID(),
  authorOrganisationId: randomUUID(),
  recipientOrganisationIds: [randomUUID()],
  recipientMemberIds: [],
  directedToIds: [],
};

describe(toMeiliDocument.name, () => {
  const sut = toMeiliDocument;

  it('stores exactly the searchable, filterable and access fields, and no author name', () => {
    // A builder bug that let an author's name through must not reach the index either.
    const leaky = { ...source, authorName: 'Anna Andersson' };
    const stored = sut(leaky);
    expect(Object.keys(stored).sort()).toEqual(
      [
        'key',
        'type',
        'id',
        'language',
        'title',
        'summary',
        'body',
        'answers',
        'topicIds',
        'countryCodes',
        'outcome',
        'year',
        'publishedAtTimestamp',
        'sharingLevel',
        'authorId',
        'authorOrganisationId',
        'recipientOrganisationIds',
        'recipientMemberIds',
        'directedToIds',
        'fingerprint',
      ].sort(),
    );
    expect(JSON.stringify(stored)).not.toContain('Anna Andersson');
    // The author's id is an access key: filterable, never displayed.
    expect(MEILI_SETTINGS.displayedAttributes).not.toContain('authorId');
    expect(MEILI_SETTINGS.filterableAttributes).toContain('authorId');
  });

  it('stores the text as written, so entities never become words (escaped on the way out)', () => {
    const stored = sut(source);
    expect(stored.title).toBe('Samarbete <b>med</b> & utan "avtal"');
    expect(stored.summary).toBe('Sammanfattning <script>alert(1)</script>');
    expect(stored.body).toBe('Brödtext med a < b och c > d');
    for (const field of ['title', 'summary', 'body', 'answers'] as const) {
      expect(stored[field]).not.toMatch(/&(amp|lt|gt);/);
    }
  });

  it('drops control characters, which are the highlight tags', () => {
    const stored = sut({ ...source, title: 'a\u0001b\u0002c', body: 'x\u0000y' });
    expect([stored.title, stored.body]).toEqual(['a b c', 'x y']);
  });

  it('makes the key a valid Meilisearch id and keeps type and id to map it back', () => {
    const stored = sut(source);
    expect(stored.key).toBe(`CASE-${id}`);
    expect(stored.key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect([stored.type, stored.id]).toEqual(['CASE', id]);
  });

  it('stores the publication time as a number for sorting', () => {
    expect(sut(source).publishedAtTimestamp).toBe(Date.parse('2025-02-03T04:05:06.000Z'));
    expect(() => sut({ ...source, publishedAt: 'soon' })).toThrow(/publishedAt/);
  });

  it('carries the fingerprint of the document it was built from, with its format', () => {
    expect(storedFingerprint(sut(source).fingerprint)).toBe(documentFingerprint(source));
    expect(sut({ ...source, title: 'Ny titel' }).fingerprint).not.toBe(sut(source).fingerprint);
    // A document an earlier build stored (escaped text, bare fingerprint) is stale.
    expect(storedFingerprint(documentFingerprint(source))).not.toBe(documentFingerprint(source));
  });

  it('refuses a key that does not match its type and id', () => {
    expect(() => sut({ ...source, key: `QUESTION:${id}` })).toThrow(/does not match/);
  });
});

describe(meiliKey.name, () => {
  it('maps TYPE:id to TYPE-id', () => {
    expect(meiliKey(`QUESTION:${id}`)).toBe(`QUESTION-${id}`);
  });

  it.each(['CASE', `CASE:`, `FOO:${id}`, 'CASE:a b', 'CASE:../x', 'CASE:a:b', 'CASE:å'])(
    'refuses %s',
    (key) => {
      expect(() => meiliKey(key)).toThrow();
    },
  );
});
