// SPDX-License-Identifier: EUPL-1.2
import { TOPIC_CATALOGUE, TopicKindName } from 'src/modules/taxonomy/topic-catalogue.data';

/** Counted from the lists in DOMAIN.md §5. */
const EXPECTED_COUNTS: Readonly<Record<TopicKindName, number>> = {
  RISK_AREA: 14,
  COLLABORATION_TYPE: 17,
  TECHNOLOGY_AREA: 10,
  RESEARCH_FIELD: 6,
};

describe('TOPIC_CATALOGUE', () => {
  const sut = TOPIC_CATALOGUE;

  it('has unique kebab-case slugs across every kind', () => {
    const slugs = sut.map((topic) => topic.slug);
    expect(slugs.filter((slug, index) => slugs.indexOf(slug) !== index)).toEqual([]);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(Object.entries(EXPECTED_COUNTS))('has the DOMAIN.md count of %s', (kind, count) => {
    expect(sut.filter((topic) => topic.kind === kind)).toHaveLength(count);
  });

  it('uses only known kinds', () => {
    const kinds = Object.keys(EXPECTED_COUNTS);
    for (const topic of sut) expect(kinds).toContain(topic.kind);
  });

  it('names every topic in Swedish and English, uniquely within its kind', () => {
    for (const topic of sut) {
      expect(topic.nameSv.trim()).not.toBe('');
      expect(topic.nameEn.trim()).not.toBe('');
    }
    for (const key of ['nameSv', 'nameEn'] as const) {
      const names = sut.map((topic) => `${topic.kind}:${topic[key].toLocaleLowerCase('sv')}`);
      expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    }
  });

  it('points every parent at an existing topic of the same kind', () => {
    const bySlug = new Map(sut.map((topic) => [topic.slug, topic]));
    for (const topic of sut.filter((t) => t.parentSlug !== undefined)) {
      expect(topic.parentSlug).not.toBe(topic.slug);
      expect(bySlug.get(topic.parentSlug!)?.kind).toBe(topic.kind);
    }
  });
});
