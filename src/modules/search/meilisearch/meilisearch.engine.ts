// SPDX-License-Identifier: EUPL-1.2
import { Inject, Injectable } from '@nestjs/common';
import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTaskPromise,
  type FacetDistribution,
  type Index,
  type SearchParams,
  type Task,
} from 'meilisearch';
import type { AppConfig } from 'src/config/app-config';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import type {
  FacetCount,
  SearchDocument,
  SearchEngine,
  SearchFacets,
  SearchHit,
  SearchRequest,
  SearchResult,
} from 'src/modules/search/engine/search-engine';
import { searchFilter } from 'src/modules/search/meilisearch/meili-access-filter';
import {
  meiliKey,
  searchKey,
  storedFingerprint,
  toMeiliDocument,
  type MeiliDocument,
} from 'src/modules/search/meilisearch/meili-document';
import {
  decodeOffset,
  encodeOffset,
  pageWindow,
  type PageWindow,
} from 'src/modules/search/meilisearch/meili-paging';
import {
  MEILI_FACETS,
  MEILI_LOCALES,
  MEILI_MAX_TOTAL_HITS,
  MEILI_SETTINGS,
  MEILI_STOP_WORDS,
  settingsDiffer,
} from 'src/modules/search/meilisearch/meili-settings';
import { SearchEngineName } from 'src/modules/search/engine/search-engine-name';
import { meiliQuery } from 'src/modules/search/meilisearch/meili-query';
import { highlightToHtml, MARK_END, MARK_START } from 'src/modules/search/search-text';

export interface MeilisearchEngineOptions {
  /** MEILI_URL. */
  host: string;
  /** MEILI_API_KEY: needs index, settings and document rights, not only search. */
  apiKey?: string;
  /** The index to use; tests pass their own so they never touch another's documents. */
  indexUid: string;
  /** How long to wait for one indexing task; reindexing many documents takes a while. */
  taskTimeoutMs?: number;
  /** How often to poll a task. */
  taskIntervalMs?: number;
  /** MEILI_TIMEOUT_MS: each HTTP request gives up after this long. */
  timeoutMs?: number;
  /** SEARCH_COUNT_CAP: totals above it answer the cap, flagged as not exact. */
  countCap?: number;
}

export const MEILISEARCH_ENGINE_OPTIONS = Symbol('MeilisearchEngineOptions');
export const DEFAULT_MEILI_INDEX_UID = 'samrad-content';

export class MeilisearchTaskFailedError extends Error {
  constructor(readonly task: Task) {
    super(
      `Meilisearch task ${task.uid} (${task.type}) ended ${task.status}` +
        (task.error ? `: ${task.error.code}: ${task.error.message}` : ''),
    );
    this.name = MeilisearchTaskFailedError.name;
  }
}

const UPSERT_BATCH = 1000;
const DOCUMENTS_PAGE = 1000;
const SNIPPET_FIELDS = ['summary', 'body', 'answers'] as const;
/**
 * Highlight tags as the PostgreSQL engine's: control characters, which indexed text never holds
 * (`searchableText`), turned into <mark> by `highlightToHtml` after the text is escaped. A tag of
 * `<mark>` could not be told from one the writer typed.
 */
const HIGHLIGHT = { pre: MARK_START, post: MARK_END } as const;
const DEFAULT_TIMEOUT_MS = 5_000;
/** SEARCH_COUNT_CAP's default, for engines built without the config (tests). */
const DEFAULT_COUNT_CAP = 1_000;

/** The fields a search hit carries: the rest of a hit is read from `_formatted`. */
type MeiliHit = Pick<MeiliDocument, 'type' | 'id'> & {
  _formatted?: Partial<Record<'title' | (typeof SNIPPET_FIELDS)[number], string>>;
};

/**
 * The Meilisearch engine (DOMAIN §10). Every query goes through `queryAs`, which takes the viewer
 * and builds the access filter itself: no other method calls `index.search`, and a request's
 * own filter can only narrow the viewer's audience. Writes wait for their task and fail when it
 * fails, so the outbox job that called them is retried.
 */
@Injectable()
export class MeilisearchEngine implements SearchEngine {
  readonly name = SearchEngineName.MEILISEARCH;
  private readonly client: Meilisearch;
  private readonly index: Index<MeiliDocument>;
  private isPrepared = false;
  /** The preparation under way, shared by callers that arrive meanwhile. */
  private preparing: Promise<void> | null = null;

  constructor(
    @Inject(MEILISEARCH_ENGINE_OPTIONS) private readonly options: MeilisearchEngineOptions,
  ) {
    if (!/^[A-Za-z0-9_-]{1,400}$/.test(options.indexUid)) {
      throw new Error('A Meilisearch index uid allows only a-z, A-Z, 0-9, - and _');
    }
    this.client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    this.index = this.client.index<MeiliDocument>(options.indexUid);
  }

  /** The options from MEILI_URL and MEILI_API_KEY; null when Meilisearch is not configured. */
  static optionsFrom(
    config: AppConfig,
    indexUid = DEFAULT_MEILI_INDEX_UID,
  ): MeilisearchEngineOptions | null {
    const { MEILI_URL, MEILI_API_KEY, MEILI_TIMEOUT_MS, SEARCH_COUNT_CAP } = config.env;
    return MEILI_URL
      ? {
          host: MEILI_URL,
          apiKey: MEILI_API_KEY,
          indexUid,
          timeoutMs: MEILI_TIMEOUT_MS,
          countCap: SEARCH_COUNT_CAP,
        }
      : null;
  }

  /** Meilisearch's own health answer (`GET /health`), for /ready. */
  async healthy(): Promise<boolean> {
    return this.client.isHealthy();
  }

  /**
   * Creates the index with its primary key and applies the settings. Until this has succeeded
   * once, searches are refused and writes prepare first: Meilisearch creates a missing index on
   * the first document write, without our settings (no filterable access keys, so every
   * search would then fail, or with other settings match differently).
   */
  async prepare(): Promise<void> {
    this.preparing ??= this.applySettings().finally(() => (this.preparing = null));
    await this.preparing;
  }

  /** Whether `prepare` has succeeded in this process. */
  get prepared(): boolean {
    return this.isPrepared;
  }

  private async applySettings(): Promise<void> {
    await this.ensureIndex();
    const current = await this.index.getSettings();
    if (settingsDiffer(current, MEILI_SETTINGS)) {
      await this.settle(this.index.updateSettings(MEILI_SETTINGS));
    }
    this.isPrepared = true;
  }

  /** Writes never reach an index without its settings: they prepare it first, or fail. */
  private async ready(): Promise<void> {
    if (!this.isPrepared) await this.prepare();
  }

  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    await this.ready();
    const stored = documents.map(toMeiliDocument);
    for (let i = 0; i < stored.length; i += UPSERT_BATCH) {
      await this.settle(
        this.index.addDocuments(stored.slice(i, i + UPSERT_BATCH), { primaryKey: 'key' }),
      );
    }
  }

  async remove(keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    await this.ready();
    await this.settle(this.index.deleteDocuments(keys.map(meiliKey)));
  }

  async clear(): Promise<void> {
    await this.ready();
    await this.settle(this.index.deleteAllDocuments());
  }

  async fingerprints(): Promise<Map<string, string>> {
    const fingerprints = new Map<string, string>();
    for (let offset = 0; ; offset += DOCUMENTS_PAGE) {
      const page = await this.index.getDocuments<
        Pick<MeiliDocument, 'type' | 'id' | 'fingerprint'>
      >({ fields: ['type', 'id', 'fingerprint'], offset, limit: DOCUMENTS_PAGE });
      for (const doc of page.results)
        fingerprints.set(searchKey(doc.type, doc.id), storedFingerprint(doc.fingerprint));
      if (page.results.length < DOCUMENTS_PAGE || offset + DOCUMENTS_PAGE >= page.total) {
        return fingerprints;
      }
    }
  }

  async search(request: SearchRequest, viewer: Viewer | null): Promise<SearchResult> {
    const offset = decodeOffset(request.after);
    const window = pageWindow(offset, request.first);
    const query = meiliQuery(request.query, MEILI_STOP_WORDS);
    if (query.q === null) return NOTHING;
    // An index without its settings has no filterable access keys: refuse rather than ask it.
    if (!this.isPrepared) throw Errors.searchUnavailable();
    const response = await this.queryAs(viewer, { ...request, query: query.q }, window);
    const hits = response.hits
      .slice(window.skip, window.skip + request.first)
      .map((hit, i): SearchHit => toSearchHit(hit, encodeOffset(offset + i + 1)));
    // Page mode counts every match up to maxTotalHits (MEILI_MAX_TOTAL_HITS, above any sensible
    // cap); the cap is applied here so both engines say "more than N" alike. Its facet
    // distribution counts every match in page mode, so those stay exact.
    const cap = Math.min(this.options.countCap ?? DEFAULT_COUNT_CAP, MEILI_MAX_TOTAL_HITS);
    return {
      hits,
      totalCount: Math.min(response.totalHits, cap),
      // maxTotalHits itself may stand for more.
      totalCountIsExact: response.totalHits <= cap && response.totalHits < MEILI_MAX_TOTAL_HITS,
      facetCountsAreExact: true,
      hasNextPage: offset + hits.length < Math.min(response.totalHits, MEILI_MAX_TOTAL_HITS),
      facets: toFacets(response.facetDistribution),
      // Meilisearch already matches misspelt words (typoTolerance); there is nothing to suggest.
      didYouMean: null,
    };
  }

  /** The one place that queries the index, always within the viewer's audience. */
  private async queryAs(viewer: Viewer | null, request: SearchRequest, window: PageWindow) {
    const params = {
      filter: searchFilter(viewer, request.filter),
      // Every word and phrase, as on PostgreSQL; Meilisearch's default ('last') drops words
      // from the end until something matches, so counts and facets would grow.
      matchingStrategy: 'all',
      locales: [...MEILI_LOCALES],
      facets: [...MEILI_FACETS],
      sort: request.sort === 'NEWEST' ? ['publishedAtTimestamp:desc'] : undefined,
      page: window.page,
      hitsPerPage: window.hitsPerPage,
      attributesToRetrieve: ['type', 'id'],
      attributesToHighlight: ['title', ...SNIPPET_FIELDS],
      highlightPreTag: HIGHLIGHT.pre,
      highlightPostTag: HIGHLIGHT.post,
      attributesToCrop: [...SNIPPET_FIELDS],
      cropLength: 30,
      cropMarker: '…',
    } satisfies SearchParams;
    return this.index.search<MeiliHit, typeof params>(request.query, params);
  }

  private async ensureIndex(): Promise<void> {
    const info = await this.client.getRawIndex(this.options.indexUid).catch((error: unknown) => {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') {
        return null;
      }
      throw error;
    });
    if (!info) {
      // An API and a worker starting together both create it; the loser's task fails harmlessly.
      await this.settle(this.client.createIndex(this.options.indexUid, { primaryKey: 'key' }), [
        'index_already_exists',
      ]);
    } else if (info.primaryKey && info.primaryKey !== 'key') {
      throw new Error(`Index ${info.uid} has primary key ${info.primaryKey}, not key`);
    }
  }

  /** Waits for a task and throws unless it succeeded (or failed with a harmless code). */
  private async settle(task: EnqueuedTaskPromise, harmless: readonly string[] = []): Promise<void> {
    const done = await task.waitTask({
      timeout: this.options.taskTimeoutMs ?? 60_000,
      interval: this.options.taskIntervalMs ?? 50,
    });
    if (done.status === 'succeeded') return;
    if (done.status === 'failed' && done.error && harmless.includes(done.error.code)) return;
    throw new MeilisearchTaskFailedError(done);
  }
}

function toSearchHit(hit: MeiliHit, cursor: string): SearchHit {
  const formatted = hit._formatted ?? {};
  const snippet =
    SNIPPET_FIELDS.map((field) => formatted[field]).find((text) => text?.includes(HIGHLIGHT.pre)) ??
    SNIPPET_FIELDS.map((field) => formatted[field]).find((text) => text) ??
    '';
  return {
    type: hit.type,
    id: hit.id,
    titleHighlight: highlightToHtml(formatted.title ?? ''),
    snippet: highlightToHtml(snippet),
    cursor,
  };
}

const NOTHING: SearchResult = {
  hits: [],
  totalCount: 0,
  totalCountIsExact: true,
  facetCountsAreExact: true,
  hasNextPage: false,
  facets: { type: [], topic: [], country: [], outcome: [], year: [], sharingLevel: [] },
  didYouMean: null,
};

function toFacets(distribution: FacetDistribution | undefined): SearchFacets {
  const counts = (attribute: (typeof MEILI_FACETS)[number]): FacetCount[] =>
    Object.entries(distribution?.[attribute] ?? {})
      .filter(([, count]) => count > 0)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    type: counts('type'),
    topic: counts('topicIds'),
    country: counts('countryCodes'),
    outcome: counts('outcome'),
    year: counts('year'),
    sharingLevel: counts('sharingLevel'),
  };
}
