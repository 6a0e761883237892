// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { AppError } from 'src/graph/errors/app-error';
import { CountryRegion } from 'src/modules/countries/country-region.enum';
import { Locale } from 'src/modules/members/locale.enum';
import { TOPIC_CATALOGUE } from 'src/modules/taxonomy/topic-catalogue.data';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsRepository } from 'src/modules/taxonomy/topics.repository';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

const TOPICS = `query($kind: TopicKind) {
  topics(kind: $kind) { id kind slug name nameSv nameEn parent { id } }
}`;
const COUNTRIES = `query($region: CountryRegion) {
  countries(region: $region) { code name nameSv nameEn region subregion }
}`;

interface TopicNode {
  id: string;
  kind: TopicKind;
  slug: string;
  name: string;
  parent: { id: string } | null;
}
interface CountryNode {
  code: string;
  name: string;
  region: CountryRegion;
  subregion: string | null;
}

const riskAreas = TOPIC_CATALOGUE.filter((entry) => entry.kind === 'RISK_AREA');

describe('Taxonomy and countries (e2e)', () => {
  let t: TestApp;
  let english: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    english = await signedInMember(t, { locale: Locale.EN });
  });

  afterAll(() => t.close());

  it('seeds the whole topic catalogue into the template database', async () => {
    const [{ count }] = await t.app
      .get(DataSource)
      .query('SELECT count(*)::int AS count FROM topic');
    expect(count).toBe(TOPIC_CATALOGUE.length);
  });

  it('shows visitors the 14 risk areas in catalogue order with Swedish names', async () => {
    const response = await t.gql<{ topics: TopicNode[] }>(TOPICS, { kind: 'RISK_AREA' });
    expect(response.errors).toBeUndefined();
    const topics = response.data!.topics;
    expect(topics).toHaveLength(14);
    expect(topics.map((topic) => topic.slug)).toEqual(riskAreas.map((entry) => entry.slug));
    expect(topics.map((topic) => topic.name)).toEqual(riskAreas.map((entry) => entry.nameSv));
    for (const topic of topics) expect(topic.kind).toBe('RISK_AREA');
  });

  it('names topics in English for a member who reads English', async () => {
    const response = await t.gql<{ topics: TopicNode[] }>(
      TOPICS,
      { kind: 'RISK_AREA' },
      english.accessToken,
    );
    expect(response.data!.topics.map((topic) => topic.name)).toEqual(
      riskAreas.map((entry) => entry.nameEn),
    );
  });

  it('lists every topic of every kind, kind by kind, without parents in this catalogue', async () => {
    const topics = (await t.gql<{ topics: TopicNode[] }>(TOPICS)).data!.topics;
    expect(topics.map((topic) => topic.slug)).toEqual(
      Object.values(TopicKind).flatMap((kind) =>
        TOPIC_CATALOGUE.filter((entry) => TopicKind[entry.kind] === kind).map(
          (entry) => entry.slug,
        ),
      ),
    );
    expect(new Set(topics.map((topic) => topic.kind))).toEqual(new Set(Object.values(TopicKind)));
    for (const topic of topics) expect(topic.parent).toBeNull();
  });

  it('names Sweden among the European countries in the viewer’s language', async () => {
    const visitor = await t.gql<{ countries: CountryNode[] }>(COUNTRIES, { region: 'EUROPE' });
    expect(visitor.errors).toBeUndefined();
    expect(visitor.data!.countries.find((country) => country.code === 'SE')).toEqual({
      code: 'SE',
      name: 'Sverige',
      nameSv: 'Sverige',
      nameEn: 'Sweden',
      region: 'EUROPE',
      subregion: 'Northern Europe',
    });
    for (const country of visitor.data!.countries) expect(country.region).toBe('EUROPE');
    const names = visitor.data!.countries.map((country) => country.name);
    expect(names.slice(-3)).toEqual(['Vatikanstaten', 'Åland', 'Österrike']);

    const member = await t.gql<{ countries: CountryNode[] }>(
      COUNTRIES,
      { region: 'EUROPE' },
      english.accessToken,
    );
    expect(member.data!.countries.find((country) => country.code === 'SE')?.name).toBe('Sweden');
  });

  it('lists the 249 countries of every region', async () => {
    const countries = (await t.gql<{ countries: CountryNode[] }>(COUNTRIES)).data!.countries;
    expect(countries).toHaveLength(249);
    expect(new Set(countries.map((country) => country.region))).toEqual(
      new Set(Object.values(CountryRegion)),
    );
    expect(countries.map((country) => country.code)).not.toContain('XK');
  });

  it('answers a region that does not exist with BAD_USER_INPUT', async () => {
    const response = await t.gql(COUNTRIES, { region: 'ATLANTIS' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters organisations by kind (an enum argument, validated like every other)', async () => {
    const result = await t.gql<{ organisations: { slug: string; kind: string }[] }>(
      '{ organisations(kind: AUTHORITY) { slug kind } }',
      {},
      english.accessToken,
    );
    expect(result.errors).toBeUndefined();
    const organisations = result.data!.organisations;
    expect(organisations.map((o) => o.slug)).toEqual(
      expect.arrayContaining(['sakerhetspolisen', 'inspektionen-for-strategiska-produkter']),
    );
    expect(new Set(organisations.map((o) => o.kind))).toEqual(new Set(['AUTHORITY']));
  });

  describe('TopicsService', () => {
    let topics: TopicsService;
    let riskAreaId: string;
    let researchProjectId: string;

    beforeAll(async () => {
      topics = t.app.get(TopicsService);
      riskAreaId = (await topics.bySlug('espionage'))!.id;
      researchProjectId = (await topics.bySlug('research-project'))!.id;
    });

    it('loads the taxonomy with one query however many callers arrive at once', async () => {
      const repository = t.app.get(TopicsRepository);
      const sut = new TopicsService(repository, t.app.get(TransactionHost));
      const load = jest.spyOn(repository, 'findAllCommitted');
      try {
        const [all, [byId], bySlug] = await Promise.all([
          sut.list(),
          sut.byIds([riskAreaId]),
          sut.bySlug('sanctions'),
          sut.requireOfKind([riskAreaId], TopicKind.RISK_AREA, 'riskAreaIds'),
        ]);
        await sut.list(TopicKind.RESEARCH_FIELD);
        expect(load).toHaveBeenCalledTimes(1);
        expect(all).toHaveLength(TOPIC_CATALOGUE.length);
        expect(byId?.slug).toBe('espionage');
        expect(bySlug?.nameEn).toBe('Sanctions');
      } finally {
        load.mockRestore();
      }
    });

    it('resolves ids in the order asked, null for unknown and malformed ones', async () => {
      const found = await topics.byIds([
        researchProjectId,
        'not-a-uuid',
        '00000000-0000-4000-8000-000000000000',
        riskAreaId.toUpperCase(),
      ]);
      expect(found.map((topic) => topic?.slug ?? null)).toEqual([
        'research-project',
        null,
        null,
        'espionage',
      ]);
    });

    it('requires topics of the asked kind, naming each offending value', async () => {
      expect(
        (
          await topics.requireOfKind(
            [riskAreaId, riskAreaId.toUpperCase()],
            TopicKind.RISK_AREA,
            'riskAreaIds',
          )
        ).map((topic) => topic.slug),
      ).toEqual(['espionage']);

      const error = await topics
        .requireOfKind(['x', riskAreaId, researchProjectId], TopicKind.RISK_AREA, 'riskAreaIds')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'riskAreaIds', message: '"x" is not a risk area', reason: 'UNKNOWN' },
          {
            field: 'riskAreaIds',
            message: `"${researchProjectId}" is not a risk area`,
            reason: 'UNKNOWN',
          },
        ],
      });
      expect((error as AppError).message).toContain('riskAreaIds: "x" is not a risk area');
    });

    it('seeds idempotently inside the caller’s transaction, keeping ids and refreshing the cache', async () => {
      const before = await topics.list();
      const dataSource = t.app.get(DataSource);
      await dataSource.query(
        `UPDATE topic SET name_en = 'Stale', position = 99 WHERE slug = 'espionage'`,
      );
      // The cache does not see the edit (no SQL per request) until the catalogue is seeded again.
      expect((await topics.bySlug('espionage'))?.nameEn).toBe('Espionage');

      const tx = t.app.get(TransactionHost);
      await tx.run(async () => {
        await topics.seedCatalogue();
        await topics.seedCatalogue();
        expect(tx.inTransaction).toBe(true);
      });

      const after = await topics.list();
      expect(after.map((topic) => [topic.id, topic.slug, topic.position])).toEqual(
        before.map((topic) => [topic.id, topic.slug, topic.position]),
      );
      const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM topic');
      expect(count).toBe(TOPIC_CATALOGUE.length);
      const [row] = await dataSource.query(
        `SELECT name_en, position FROM topic WHERE slug = 'espionage'`,
      );
      expect(row).toEqual({ name_en: 'Espionage', position: 4 });
    });
  });
});
