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
  keepOnlyMarks,
  meiliKey,
  searchKey,
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
  MEILI_MAX_TOTAL_HITS,
  MEILI_SETTINGS,
  settingsDiffer,
} from 'src/modules/search/meilisearch/meili-settings';
import { SearchEngineName } from 'src/modules/search/engine/search-engine-name';

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
const HIGHLIGHT = { pre: '<mark>', post: '</mark>' } as const;

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

  constructor(
    @Inject(MEILISEARCH_ENGINE_OPTIONS) private readonly options: MeilisearchEngineOptions,
  ) {
    if (!/^[A-Za-z0-9_-]{1,400}$/.test(options.indexUid)) {
      throw new Error('A Meilisearch index uid allows only a-z, A-Z, 0-9, - and _');
    }
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
    this.index = this.client.index<MeiliDocument>(options.indexUid);
  }

  /** The options from MEILI_URL and MEILI_API_KEY; null when Meilisearch is not configured. */
  static optionsFrom(
    config: AppConfig,
    indexUid = DEFAULT_MEILI_INDEX_UID,
  ): MeilisearchEngineOptions | null {
    const { MEILI_URL, MEILI_API_KEY } = config.env;
    return MEILI_URL ? { host: MEILI_URL, apiKey: MEILI_API_KEY, indexUid } : null;
  }

  async prepare(): Promise<void> {
    await this.ensureIndex();
    const current = await this.index.getSettings();
    if (settingsDiffer(current, MEILI_SETTINGS)) {
      await this.settle(this.index.updateSettings(MEILI_SETTINGS));
    }
  }

  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    const stored = documents.map(toMeiliDocument);
    for (let i = 0; i < stored.length; i += UPSERT_BATCH) {
      await this.settle(
        this.index.addDocuments(stored.slice(i, i + UPSERT_BATCH), { primaryKey: 'key' }),
      );
    }
  }

  async remove(keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    await this.settle(this.index.deleteDocuments(keys.map(meiliKey)));
  }

  async clear(): Promise<void> {
    await this.settle(this.index.deleteAllDocuments());
  }

  async fingerprints(): Promise<Map<string, string>> {
    const fingerprints = new Map<string, string>();
    for (let offset = 0; ; offset += DOCUMENTS_PAGE) {
      const page = await this.index.getDocuments<
        Pick<MeiliDocument, 'type' | 'id' | 'fingerprint'>
      >({ fields: ['type', 'id', 'fingerprint'], offset, limit: DOCUMENTS_PAGE });
      for (const doc of page.results)
        fingerprints.set(searchKey(doc.type, doc.id), doc.fingerprint);
      if (page.results.length < DOCUMENTS_PAGE || offset + DOCUMENTS_PAGE >= page.total) {
        return fingerprints;
      }
    }
  }

  async search(request: SearchRequest, viewer: Viewer | null): Promise<SearchResult> {
    const offset = decodeOffset(request.after);
    const window = pageWindow(offset, request.first);
    const response = await this.queryAs(viewer, request, window);
    const hits = response.hits
      .slice(window.skip, window.skip + request.first)
      .map((hit, i): SearchHit => toSearchHit(hit, encodeOffset(offset + i + 1)));
    return {
      hits,
      totalCount: response.totalHits,
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
    titleHighlight: keepOnlyMarks(formatted.title ?? ''),
    snippet: keepOnlyMarks(snippet),
    cursor,
  };
}

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
