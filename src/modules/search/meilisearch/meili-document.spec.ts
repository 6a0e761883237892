import { MEILI_SETTINGS } from 'src/modules/search/meilisearch/meili-settings';
import { randomUUID } from 'node:crypto';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { documentFingerprint, type SearchDocument } from 'src/modules/search/engine/search-engine';
import {
  escapeHtml,
  keepOnlyMarks,
  meiliKey,
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

  it('HTML-escapes the text fields so highlights cannot carry markup', () => {
    const stored = sut(source);
    expect(stored.title).toBe('Samarbete &lt;b&gt;med&lt;/b&gt; &amp; utan "avtal"');
    expect(stored.summary).toBe('Sammanfattning &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(stored.body).toBe('Brödtext med a &lt; b och c &gt; d');
    for (const field of ['title', 'summary', 'body', 'answers'] as const) {
      expect(stored[field]).not.toMatch(/[<>]/);
    }
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

  it('carries the fingerprint of the document it was built from', () => {
    expect(sut(source).fingerprint).toBe(documentFingerprint(source));
    expect(sut({ ...source, title: 'Ny titel' }).fingerprint).not.toBe(sut(source).fingerprint);
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

describe(keepOnlyMarks.name, () => {
  it('keeps the highlight tags and escapes any other markup', () => {
    expect(keepOnlyMarks('a <mark>b</mark> <img src=x onerror=y> &lt;c&gt;')).toBe(
      'a <mark>b</mark> &lt;img src=x onerror=y&gt; &lt;c&gt;',
    );
  });

  it('leaves escaped text unchanged', () => {
    const text = escapeHtml('x < y & <mark> is text');
    expect(keepOnlyMarks(text)).toBe(text);
  });
});
