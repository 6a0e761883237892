// SPDX-License-Identifier: EUPL-1.2
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { answerQuestion, approve, askQuestion } from 'test/factories/question.factory';
import {
  expectedFacets,
  flatFacets,
  hitIds,
  search,
  searchRequest,
  type FacetSource,
  type SearchOptions,
  type SearchResultsResult,
} from 'test/helpers/search-client';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';
import { MeilisearchStandIn } from 'test/integration/meilisearch/meilisearch-stand-in';

/**
 * The search contract (DOMAIN §10): what every engine behind the SearchEngine port must do,
 * asked through GraphQL exactly as a client would. One suite, run once per engine: PostgreSQL
 * always, Meilisearch when MEILI_URL points at a server.
 *
 * Everything here but one RED case is CLEAR or GREEN and read by a plain member of a third
 * organisation, so the access rules (search-leaks.e2e-spec.ts) stay out of the way; the RED case
 * holds the one access rule the engines must share beyond the audience: its author finds it.
 * Every scenario has a made-up word of its own, so its expected hits are exactly the items
 * written for it.
 */

export type EngineName = 'postgres' | 'meilisearch';

export interface ContractEnvironment {
  t: TestApp;
  /** Brings the index in step with PostgreSQL (a full reindex). */
  index(): Promise<void>;
  /** Removes what the engine keeps outside this file's database. */
  cleanUp?(): Promise<void>;
}

/** Questions count in the year they opened: the filter questions open now. */
const THIS_YEAR = new Date().getUTCFullYear();

export function searchContract(engineName: EngineName, setup: () => Promise<ContractEnvironment>) {
  describe(`Search contract: ${engineName} (e2e)`, () => {
    let env: ContractEnvironment;
    let t: TestApp;
    let author: SignedInMember;
    let moderator: SignedInMember;
    let reader: SignedInMember;
    const ids = new Map<string, string>();
    const facetSources = new Map<string, FacetSource>();
    let filterTopicId = '';

    const idOf = (label: string) => {
      const id = ids.get(label);
      if (!id) throw new Error(`No item ${label}`);
      return id;
    };
    const find = (query: string, options: SearchOptions = {}) =>
      search(t, query, { first: 100, ...options }, reader.accessToken);

    beforeAll(async () => {
      env = await setup();
      t = env.t;
      author = await signedInMember(t, { organisationSlug: 'kth' });
      moderator = await signedInMember(t, {
        organisationSlug: 'universitets-och-hogskoleradet',
        roles: [Role.MODERATOR],
      });
      reader = await signedInMember(t, { organisationSlug: 'uppsala-universitet' });
      const answerer = await signedInMember(t, { organisationSlug: 'lunds-universitet' });
      const otherAnswerer = await signedInMember(t, { organisationSlug: 'chalmers' });
      const topics = t.app.get(TopicsService);
      const risk = await topics.list(TopicKind.RISK_AREA);
      const collaboration = await topics.list(TopicKind.COLLABORATION_TYPE);
      const technology = await topics.list(TopicKind.TECHNOLOGY_AREA);
      const field = await topics.list(TopicKind.RESEARCH_FIELD);
      const topicOf = (id: string) => {
        const all = [...risk, ...collaboration, ...technology, ...field];
        const topic = all.find((candidate) => candidate.id === id);
        if (!topic) throw new Error(`No topic ${id}`);
        return { id: topic.id, kind: topic.kind as string };
      };

      const aCase = async (label: string, overrides: Record<string, unknown>) => {
        const row = await publishedCase(t, author, moderator, overrides, {
          acknowledgeFindings: true,
        });
        expect(row.status).toBe('PUBLISHED');
        ids.set(label, row.id);
        return row;
      };
      const aQuestion = async (label: string, overrides: Record<string, unknown>) => {
        const row = await askQuestion(t, author, overrides);
        if (row.status === 'PENDING_REVIEW') await approve(t, moderator, 'QUESTION', row.id);
        ids.set(label, row.id);
        return row;
      };

      // Stemming, in each document's own language.
      await aCase('stem/sv', {
        language: 'SV',
        title: 'Ett samarbete om batterier med en utländsk partner',
        summary: 'Partnern ville ha tillgång till våra mätdata om batterier.',
        context: 'Ett forskningsprojekt om batterier med en partner utomlands.',
        whatHappened: 'Vi delade bara publicerade resultat.',
      });
      await aCase('stem/en', {
        title: 'A collaboration on polar batteries with a partner abroad',
      });

      // Swedish and English (issue 14): inflection, compounds, synonyms, countries.
      await aCase('lang/sv', {
        language: 'SV',
        title: 'Kvantdatorer till ett laboratorium i Kina',
        summary: 'Exportkontrollen stoppade leveransen av två kvantdatorer.',
        context: 'Ett universitet ville skicka utrustning till en partner utomlands.',
        whatHappened: 'Säkerhetspolisen informerades och samarbetet avslutades.',
      });
      await aCase('lang/en', {
        title: 'Quantum computers for a laboratory in China',
        summary: 'An export licence was refused for the shipment.',
      });

      // Ranking: the word in the title, or only in the body.
      await aCase('rank/title', { title: 'Heliograph sensors for a joint observatory' });
      await aCase('rank/body', {
        title: 'Calibration data requested by a partner observatory',
        whatHappened: 'The partner asked for our heliograph calibration data and more.',
      });

      // Typo tolerance.
      await aCase('typo', { title: 'Seismograph data for a joint observatory' });

      // Filters and facets: five items sharing "glacierlink".
      const filterItem = async (label: string, item: FacetSource, overrides: object) => {
        const text = {
          title: `The glacierlink programme, part ${label.slice(-1)}`,
          sharingLevel: item.sharingLevel,
          countryCodes: item.countryCodes,
        };
        if (item.type === 'CASE') await aCase(label, { ...text, ...overrides });
        else
          await aQuestion(label, {
            ...text,
            title: `What do we check before joining the glacierlink network, part ${label.slice(-1)}?`,
            topicIds: item.topics.map((topic) => topic.id),
            ...overrides,
          });
        facetSources.set(label, item);
      };
      const [risk1, risk2] = [topicOf(risk[1]!.id), topicOf(risk[2]!.id)];
      const [collab1, collab2] = [topicOf(collaboration[1]!.id), topicOf(collaboration[2]!.id)];
      const [tech, researchField] = [topicOf(technology[0]!.id), topicOf(field[0]!.id)];
      filterTopicId = risk1.id;
      const caseTopics = (topics: { id: string; kind: string }[]) => ({
        riskAreaIds: topics.filter((x) => x.kind === 'RISK_AREA').map((x) => x.id),
        collaborationTypeIds: topics
          .filter((x) => x.kind === 'COLLABORATION_TYPE')
          .map((x) => x.id),
        technologyAreaIds: topics.filter((x) => x.kind === 'TECHNOLOGY_AREA').map((x) => x.id),
        researchFieldId: topics.find((x) => x.kind === 'RESEARCH_FIELD')?.id ?? null,
      });
      const filterCase = (label: string, item: Omit<FacetSource, 'type'>, language: string) =>
        filterItem(
          label,
          { type: 'CASE', ...item },
          {
            language,
            outcome: item.outcome,
            year: item.year,
            ...caseTopics(item.topics),
          },
        );
      await filterCase(
        'filter/1',
        {
          topics: [risk1, collab1],
          countryCodes: ['NO'],
          outcome: 'DECLINED',
          year: 2021,
          sharingLevel: 'GREEN',
        },
        'EN',
      );
      await filterCase(
        'filter/2',
        {
          topics: [risk2, collab1, tech],
          countryCodes: ['FI'],
          outcome: 'PROCEEDED',
          year: 2022,
          sharingLevel: 'CLEAR',
        },
        'EN',
      );
      await filterCase(
        'filter/3',
        {
          topics: [risk1, collab2, researchField],
          countryCodes: ['FI', 'NO'],
          outcome: 'DECLINED',
          year: 2022,
          sharingLevel: 'GREEN',
        },
        'SV',
      );
      // Questions count in the year they opened: this one.
      await filterItem(
        'filter/4',
        {
          type: 'QUESTION',
          topics: [risk1],
          countryCodes: ['NO'],
          outcome: null,
          year: THIS_YEAR,
          sharingLevel: 'GREEN',
        },
        { language: 'EN' },
      );
      await filterItem(
        'filter/5',
        {
          type: 'QUESTION',
          topics: [risk2, tech],
          countryCodes: ['DK'],
          outcome: null,
          year: THIS_YEAR,
          sharingLevel: 'CLEAR',
        },
        { language: 'SV' },
      );

      // Paging and NEWEST: seven cases published one after the other, the word placed so
      // that their ranks differ and some tie.
      for (let n = 1; n <= 7; n++) {
        await aCase(`page/${n}`, {
          title:
            n % 3 === 0
              ? `Marmotcount field station, number ${n}`
              : `A field station abroad, number ${n}`,
          whatHappened:
            n % 2 === 0
              ? 'The marmotcount data were shared twice: marmotcount.'
              : 'The marmotcount data were shared once.',
        });
      }

      // Highlights must escape what the writer typed.
      await aCase('html/bold', { title: 'A <b>bold</b> radar & more' });
      await aCase('html/mark', { title: 'Notes on <mark>unverified</mark> R&amp;D radar kits' });
      await aCase('html/script', {
        title: 'Review of <script>alert(1)</script> radar exports',
      });

      // A question found by its published answer, not by its pending one.
      const question = await aQuestion('answered', {
        title: 'How do others handle field equipment shipped abroad?',
        body: 'We ship equipment to a field station and wonder what to check first.',
      });
      const published = await answerQuestion(t, answerer, question.id, {
        body: 'We list every item, including the quillwort sampling kit, before it leaves.',
      });
      if (published.status === 'PENDING_REVIEW')
        await approve(t, moderator, 'ANSWER', published.id);
      const pending = await answerQuestion(t, otherAnswerer, question.id, {
        body: 'Our zanderfish tracking tags needed no licence at all.',
      });
      expect(pending.status).toBe('PENDING_REVIEW');

      // The author's own live RED case, named for someone else.
      await aCase('own/red', {
        title: 'The fjordquill agreement with a partner abroad',
        sharingLevel: 'RED',
        recipientMemberIds: [answerer.id],
      });

      await env.index();
      // Some forty items written through GraphQL: on a loaded machine more than the default.
    }, 180_000);

    afterAll(async () => {
      await env?.cleanUp?.();
      await t?.close();
    });

    it(`answers from the ${engineName} engine`, async () => {
      expect((await find('glacierlink')).engine).toBe(engineName.toUpperCase());
    });

    describe('access', () => {
      it('lets the author find their own live RED item; a reader outside its audience does not', async () => {
        const own = await search(t, 'fjordquill', { first: 100 }, author.accessToken);
        expect(hitIds(own)).toEqual([idOf('own/red')]);
        expect(own.totalCount).toBe(1);
        const other = await find('fjordquill');
        expect(hitIds(other)).toEqual([]);
        expect(other.totalCount).toBe(0);
      });
    });

    describe('relevance', () => {
      it('stems Swedish: "samarbeten" finds a case titled with "samarbete"', async () => {
        expect(hitIds(await find('samarbeten'))).toContain(idOf('stem/sv'));
      });

      it('stems English: "collaborations" finds a case titled with "collaboration"', async () => {
        expect(hitIds(await find('collaborations'))).toContain(idOf('stem/en'));
      });

      it('ranks a title match above a body-only match', async () => {
        const found = hitIds(await find('heliograph'));
        expect(found).toEqual([idOf('rank/title'), idOf('rank/body')]);
      });

      it('finds a misspelt word', async () => {
        const result = await find('seismografh');
        expect(hitIds(result)).toEqual([idOf('typo')]);
        if (engineName === 'postgres') expect(result.didYouMean).toBe('seismograph');
      });

      if (engineName === 'postgres')
        it('corrects only the misspelt word, not a stop word beside it', async () => {
          const result = await find('with seismografh');
          expect(result.didYouMean).toBe('with seismograph');
          expect(hitIds(result)).toEqual([idOf('typo')]);
        });

      it('keeps the rest of the query when it corrects a misspelt word', async () => {
        // With an exclusion that matches nothing, the misspelt word is still found…
        const kept = await find('seismografh -volcano');
        expect(hitIds(kept)).toEqual([idOf('typo')]);
        // …and the only seismograph case is about an observatory: excluding it leaves nothing.
        const excluded = await find('seismografh -observatory');
        expect(hitIds(excluded)).toEqual([]);
        expect(excluded.totalCount).toBe(0);
        // The suggestion is the whole query, corrected, and only offered when it finds something;
        // Meilisearch corrects silently.
        if (engineName === 'postgres') {
          expect(kept.didYouMean).toBe('seismograph -volcano');
          expect(excluded.didYouMean).toBeNull();
        } else {
          expect([kept.didYouMean, excluded.didYouMean]).toEqual([null, null]);
        }
        // PostgreSQL corrects inside quotes and keeps them; Meilisearch matches a phrase exactly.
        if (engineName === 'postgres') {
          const phrase = await find('"seismografh data"');
          expect(phrase.didYouMean).toBe('"seismograph data"');
          expect(hitIds(phrase)).toEqual([idOf('typo')]);
        }
      });
    });

    describe('filters and facet counts', () => {
      const FILTERS: [string, Record<string, unknown> | undefined, string[]][] = [
        ['no filter', undefined, ['filter/1', 'filter/2', 'filter/3', 'filter/4', 'filter/5']],
        ['types', { types: ['QUESTION'] }, ['filter/4', 'filter/5']],
        ['topicIds', { topicIds: ['RISK_1'] }, ['filter/1', 'filter/3', 'filter/4']],
        ['countryCodes', { countryCodes: ['FI'] }, ['filter/2', 'filter/3']],
        ['outcomes', { outcomes: ['DECLINED'] }, ['filter/1', 'filter/3']],
        ['years', { years: [2022] }, ['filter/2', 'filter/3']],
        ['sharingLevels', { sharingLevels: ['CLEAR'] }, ['filter/2', 'filter/5']],
        [
          'types and countryCodes',
          { types: ['CASE'], countryCodes: ['NO'] },
          ['filter/1', 'filter/3'],
        ],
        ['a value nothing has', { countryCodes: ['IS'] }, []],
      ];

      it.each(FILTERS)(
        '%s: the hits, totalCount and every facet count agree',
        async (_, filter, expected) => {
          // Topic ids exist only once the app runs: RISK_1 stands for the first filter topic.
          const resolved = filter?.topicIds ? { ...filter, topicIds: [filterTopicId] } : filter;
          const result = await find('glacierlink', { filter: resolved });
          expect(new Set(hitIds(result))).toEqual(new Set(expected.map(idOf)));
          expect(result.edges).toHaveLength(expected.length);
          expect(result.totalCount).toBe(expected.length);
          expect(flatFacets(result.facets)).toEqual(
            expectedFacets(expected.map((label) => facetSources.get(label)!)),
          );
          // Typed facet values: years are Int, outcomes and levels their enums' names.
          for (const { value } of result.facets.years) expect(typeof value).toBe('number');
          for (const { value } of result.facets.types)
            expect(['CASE', 'QUESTION']).toContain(value);
        },
      );
    });

    describe('paging', () => {
      const PAGE = ['page/1', 'page/2', 'page/3', 'page/4', 'page/5', 'page/6', 'page/7'];

      const allPages = async (sort: 'RELEVANCE' | 'NEWEST') => {
        const pages: SearchResultsResult[] = [];
        let after: string | null = null;
        do {
          const result = await find('marmotcount', { sort, first: 2, after });
          pages.push(result);
          after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
          if (pages.length > 10) throw new Error('Paging does not end');
        } while (after);
        return pages;
      };

      it.each(['RELEVANCE', 'NEWEST'] as const)(
        '%s: first 2 then after the cursor, no duplicates or gaps, totalCount constant',
        async (sort) => {
          const pages = await allPages(sort);
          const ordered = pages.flatMap(hitIds);
          expect(pages.map((p) => p.edges.length)).toEqual([2, 2, 2, 1]);
          expect(pages.map((p) => p.totalCount)).toEqual([7, 7, 7, 7]);
          expect(new Set(ordered).size).toBe(ordered.length);
          expect(new Set(ordered)).toEqual(new Set(PAGE.map(idOf)));
          // The pages, laid end to end, are the one-page answer.
          expect(ordered).toEqual(hitIds(await find('marmotcount', { sort })));
          for (const page of pages) {
            expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
            expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
            // Forward-only paging: Relay allows false here (src/graph/pagination).
            expect(page.pageInfo.hasPreviousPage).toBe(false);
          }
        },
      );

      it('NEWEST orders by publication, newest first', async () => {
        const result = await find('marmotcount', { sort: 'NEWEST' });
        expect(hitIds(result)).toEqual(PAGE.map(idOf).reverse());
        const published = result.edges.map((e) => Date.parse(e.node.item.publishedAt!));
        expect([...published].sort((a, b) => b - a)).toEqual(published);
      });

      it('refuses a cursor that is not one of its own as BAD_USER_INPUT', async () => {
        const response = await searchRequest(
          t,
          'marmotcount',
          { first: 2, after: 'bm90LWEtY3Vyc29y' },
          reader.accessToken,
        );
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
      });
    });

    describe('highlights', () => {
      const hitFor = (result: SearchResultsResult, label: string) => {
        const edge = result.edges.find((e) => e.node.item.id === idOf(label));
        if (!edge) throw new Error(`${label} not found`);
        return edge.node;
      };
      /** Safe HTML: once the <mark> tags are taken out, no markup is left. */
      const expectOnlyMarks = (html: string) =>
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);

      it('wraps title matches in <mark> and escapes the HTML a writer typed', async () => {
        const hit = hitFor(await find('radar'), 'html/bold');
        expect(hit.titleHighlight).toMatch(/<mark>radar<\/mark>/i);
        expect(hit.titleHighlight).toContain('&lt;b&gt;');
        expect(hit.titleHighlight).not.toContain('<b>');
        expect(hit.titleHighlight).toContain('&amp;');
        expectOnlyMarks(hit.titleHighlight);
        const bold = hitFor(await find('bold'), 'html/bold');
        expect(bold.titleHighlight).toMatch(/<mark>bold<\/mark>/i);
        expect(bold.titleHighlight).not.toContain('<b>');
        expectOnlyMarks(bold.titleHighlight);
      });

      it('never lets a <script> in a title through', async () => {
        const hit = hitFor(await find('radar'), 'html/script');
        expect(hit.titleHighlight).toContain('&lt;script&gt;');
        expect(hit.titleHighlight).not.toMatch(/<script/i);
        expectOnlyMarks(hit.titleHighlight);
      });

      it('keeps a <mark> or an entity the writer typed as text', async () => {
        const radar = hitFor(await find('radar'), 'html/mark');
        expect(radar.titleHighlight.match(/<mark>/g)).toHaveLength(1);
        expect(radar.titleHighlight).toMatch(/<mark>radar<\/mark>/i);
        expect(radar.titleHighlight).toContain('&lt;mark&gt;unverified&lt;/mark&gt;');
        expect(radar.titleHighlight).toContain('R&amp;amp;D');
        const typed = hitFor(await find('unverified'), 'html/mark');
        expect(typed.titleHighlight).toMatch(/&lt;mark&gt;<mark>unverified<\/mark>&lt;\/mark&gt;/i);
      });

      it.each(['amp', 'lt', 'gt', 'quot', 'mark', 'script', 'b'])(
        'searching "%s" never marks inside an entity or a tag',
        async (query) => {
          for (const { node } of (await find(query)).edges)
            for (const html of [node.titleHighlight, node.snippet]) {
              expectOnlyMarks(html);
              expect(html.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
            }
        },
      );

      it('marks the match in the snippet of a body-only hit', async () => {
        const hit = hitFor(await find('heliograph'), 'rank/body');
        expect(hit.snippet).toMatch(/<mark>heliograph<\/mark>/i);
        expect(hit.titleHighlight).not.toContain('<mark>');
        expectOnlyMarks(hit.snippet);
      });
    });

    describe('questions and their answers', () => {
      it('finds a question by the text of its published answer', async () => {
        const result = await find('quillwort');
        expect(hitIds(result)).toEqual([idOf('answered')]);
        expect(result.edges[0]!.node.snippet).toMatch(/<mark>quillwort<\/mark>/i);
      });

      it('does not find it by the text of a pending answer', async () => {
        const result = await find('zanderfish');
        expect(hitIds(result)).not.toContain(idOf('answered'));
        expect(result.totalCount).toBe(0);
        expect(JSON.stringify(result)).not.toMatch(/zanderfish/i);
      });
    });

    describe('Swedish and English', () => {
      const ids = async (query: string, token = reader.accessToken) =>
        hitIds(await search(t, query, { first: 100 }, token)).sort();

      it('joins definite and indefinite forms: "samarbetet" and "samarbete" find the same', async () => {
        const definite = await ids('samarbetet');
        expect(definite).toEqual(await ids('samarbete'));
        expect(definite).toEqual(expect.arrayContaining([idOf('lang/sv'), idOf('stem/sv')]));
      });

      it('joins plurals: "kvantdator" finds "kvantdatorer"', async () => {
        expect(await ids('kvantdator')).toContain(idOf('lang/sv'));
      });

      // Where the engines differ (issue 14; README, Search): Meilisearch does not split Swedish
      // compounds, and counts a swap of two letters as two typos, which a six-letter word does
      // not get; so these are the PostgreSQL engine's. Synonyms are in both engines' settings,
      // but the loopback stand-in does not model them: those rows run against a real server.
      const postgresOnly = engineName === 'postgres' ? it : it.skip;
      const synonyms = engineName === 'postgres' || process.env.MEILI_URL ? it : it.skip;

      postgresOnly('splits compounds: "kontroll" finds "exportkontrollen"', async () => {
        expect(await ids('kontroll')).toContain(idOf('lang/sv'));
      });

      synonyms('knows acronyms: "Säpo" finds a text about Säkerhetspolisen', async () => {
        expect(await ids('Säpo')).toContain(idOf('lang/sv'));
      });

      synonyms('names countries in either language: "China" and "Kina" find the same', async () => {
        const english = await ids('China');
        expect(english).toEqual(await ids('Kina'));
        expect(english).toEqual(expect.arrayContaining([idOf('lang/sv'), idOf('lang/en')]));
      });

      postgresOnly('corrects a swap of two letters: "exprot" finds export', async () => {
        const result = await find('exprot');
        expect(hitIds(result)).toContain(idOf('lang/en'));
        if (engineName === 'postgres') expect(result.didYouMean).toBe('export');
      });

      it.each(['- OR "', '-kvantdator', '"" OR -'])(
        'refuses %j, which has nothing to search for, as BAD_USER_INPUT',
        async (query) => {
          const response = await searchRequest(t, query, {}, reader.accessToken);
          expect(errorCode(response)).toBe('BAD_USER_INPUT');
          expect(response.data?.search ?? null).toBeNull();
        },
      );

      it('moves no hit, count, facet or suggestion when an unreadable matching item is added', async () => {
        const queries = ['kvantdator', 'Säpo', 'Kina', 'exprot', 'fjordmaksin'];
        const answers = async (token: string) =>
          Promise.all(
            queries.map(async (query) => {
              const result = await search(t, query, { first: 100 }, token);
              return {
                query,
                hits: hitIds(result),
                totalCount: result.totalCount,
                facets: flatFacets(result.facets),
                didYouMean: result.didYouMean,
              };
            }),
          );
        const before = await answers(reader.accessToken);
        const authorBefore = await answers(author.accessToken);
        // RED, for one recipient: the reader's organisation is outside its audience.
        const unreadable = await publishedCase(
          t,
          author,
          moderator,
          {
            language: 'SV',
            title: 'Kvantdatorer och en fjordmaskin i Kina',
            summary: 'Säkerhetspolisen och exportkontrollen bedömde fjordmaskinen.',
            sharingLevel: 'RED',
            recipientMemberIds: [moderator.id],
          },
          { acknowledgeFindings: true },
        );
        await env.index();
        expect(await answers(reader.accessToken)).toEqual(before);
        // The item is indexed and found by its author, so the comparison above could fail.
        const authorAfter = await answers(author.accessToken);
        expect(authorAfter[0]!.hits).toContain(unreadable.id);
        expect(authorAfter[0]!.totalCount).toBe(authorBefore[0]!.totalCount + 1);
        if (engineName === 'postgres') {
          expect(before[4]!.didYouMean).toBeNull();
          expect(authorAfter[4]!.didYouMean).toBe('fjordmaskin');
        }
      });
    });

    describe('bad queries', () => {
      const countRows = async () => {
        const [row]: Record<string, number>[] = await t.app.get(DataSource).query(
          `SELECT (SELECT count(*) FROM case_study)::int AS cases,
                  (SELECT count(*) FROM question)::int AS questions,
                  (SELECT count(*) FROM answer)::int AS answers,
                  (SELECT count(*) FROM member)::int AS members`,
        );
        return row;
      };

      it.each([
        ['empty', ''],
        ['whitespace only', ' \t\n '],
        ['201 characters', 'a'.repeat(201)],
      ])('%s: BAD_USER_INPUT', async (_, query) => {
        const response = await searchRequest(t, query, {}, reader.accessToken);
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.data?.search ?? null).toBeNull();
      });

      it('accepts 200 characters', async () => {
        const response = await searchRequest(t, 'a'.repeat(200), {}, reader.accessToken);
        expect(response.errors).toBeUndefined();
      });

      const ODD: [string, string][] = [
        ['OR alone', 'OR'],
        ['a minus alone', '-'],
        ['empty quotes', '""'],
        ['exclamation marks', '!!!'],
        ['operators only', 'OR - "" AND NOT ( ) * : & | !'],
        ['unbalanced quote', '"radar'],
        ['SQL', "'; DROP TABLE case_study; --"],
        ['SQL with a word', "radar'); DELETE FROM question; --"],
        ['tsquery syntax', 'radar:* & !bold | (x <-> y)'],
        ['backslashes', '\\\\ \\" \\\''],
        ['emoji', '🔍📡 radar 🛰️'],
        ['emoji only', '👩‍🔬'],
        ['RTL Arabic', 'تعاون بحثي رادار'],
        ['RTL override', '\u202Eradar\u202C'],
        ['combining marks', 'ra\u0301da\u0308r e\u0301xport'],
        ['zero-width joiner', 'ra\u200Ddar'],
        ['zero-width space and BOM', '\u200B\uFEFFradar'],
        ['control characters', 'radar\u0001\u0002\u0007\u001B[31m bold'],
        ['lone surrogate', 'radar \uD83D'],
        ['200 emoji', '📡'.repeat(100)],
        ['long word', 'x'.repeat(200)],
      ];

      it.each(ODD)(
        '%s: results or BAD_USER_INPUT, never INTERNAL_SERVER_ERROR',
        async (_, query) => {
          const before = await countRows();
          const response = await searchRequest(t, query, {}, reader.accessToken);
          if (response.errors) {
            expect(response.errors.map((e) => e.extensions?.code)).toEqual(
              response.errors.map(() => 'BAD_USER_INPUT'),
            );
          } else {
            const result = response.data!.search;
            expect(result.totalCount).toBeGreaterThanOrEqual(result.edges.length);
            for (const edge of result.edges) {
              expect(edge.node.titleHighlight.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
              expect(edge.node.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
            }
          }
          expect(await countRows()).toEqual(before);
        },
      );

      it('leaves the tables intact and search working afterwards', async () => {
        const rows = await countRows();
        expect(rows!.cases).toBeGreaterThan(0);
        expect(hitIds(await find('glacierlink'))).toHaveLength(5);
      });
    });
  });
}

searchContract('postgres', async () => {
  const t = await startTestApp({ worker: false });
  return { t, index: async () => void (await t.app.get(SearchIndexer).reindexAll()) };
});

const meiliUrl = process.env.MEILI_URL;
if (meiliUrl) {
  searchContract('meilisearch', async () => {
    const t = await startTestApp({
      worker: false,
      env: {
        MEILI_URL: meiliUrl,
        ...(process.env.MEILI_API_KEY ? { MEILI_API_KEY: process.env.MEILI_API_KEY } : {}),
      },
    });
    // The app gives each queue namespace its own index (SearchModule): drop this file's.
    const indexUid = `${t.queueNamespace}-content`;
    return {
      t,
      index: async () => void (await t.app.get(SearchIndexer).reindexAll()),
      cleanUp: async () => {
        const client = new Meilisearch({ host: meiliUrl, apiKey: process.env.MEILI_API_KEY });
        await client.deleteIndex(indexUid).waitTask();
      },
    };
  });
} else {
  // Without a server: the same contract against the strict loopback STAND-IN (not Meilisearch;
  // test/integration/meilisearch/meilisearch-stand-in.ts), which refuses what Meilisearch's
  // settings and filter grammar refuse and evaluates filters and `q`, so the access, filter and
  // facet rows check the engine's own requests. Relevance rows here test its model only.
  console.log('Meilisearch contract against the loopback stand-in: MEILI_URL is not set');
  searchContract('meilisearch', async () => {
    const namespace = `c${Date.now().toString(36)}${process.pid}`;
    const standIn = new MeilisearchStandIn(`${namespace}-content`);
    const url = await standIn.start();
    const t = await startTestApp({
      worker: false,
      queueNamespace: namespace,
      env: { MEILI_URL: url },
    });
    return {
      t,
      index: async () => void (await t.app.get(SearchIndexer).reindexAll()),
      cleanUp: () => standIn.stop(),
    };
  });
}
