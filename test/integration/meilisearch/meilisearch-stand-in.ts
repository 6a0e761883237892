import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  evaluate,
  filterFields,
  FilterError,
  parseFilter,
} from 'test/integration/meilisearch/stand-in/filter';
import {
  crop,
  highlight,
  matchTerms,
  parseQuery,
  tokenize,
  type TypoSettings,
} from 'test/integration/meilisearch/stand-in/text';

/**
 * A STAND-IN FOR MEILISEARCH, NOT MEILISEARCH: a loopback HTTP server that the real
 * `meilisearch` client talks to, strict where the real server is strict (read from its source,
 * v1.14 and later) so that our mistakes fail here as they would there:
 *
 * - settings: unknown keys (top level and nested) are `bad_request`, as serde's
 *   `deny_unknown_fields` makes them; ranking rules and locales are checked;
 * - a body that is not well-formed UTF-8 JSON text (a lone surrogate) is `malformed_payload`;
 * - search: unknown parameters are `bad_request`; a filter the grammar refuses, or on an
 *   attribute that is not filterable, is `invalid_search_filter`; facets and sort need their
 *   settings; `matchingStrategy` is checked;
 * - documents are written by tasks (`processing` on the first poll, the outcome on the next);
 *   writing to a missing index creates it without settings, as Meilisearch does;
 * - search evaluates the filter and `q` (see stand-in/text.ts for how far) and answers hits,
 *   `_formatted` with highlights and crops, exact totals in page mode and facet counts.
 *
 * It is not a search engine: relevance is a rough model, and the contract suite says which of
 * its rows it runs here. The real server's contract is meilisearch.int-spec.ts (MEILI_URL).
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

interface StandInTask {
  uid: number;
  type: string;
  polls: number;
  error: { code: string; message: string } | null;
  apply: () => void;
  meanwhile?: () => void;
}

type Json = Record<string, unknown>;
type Answer = [number, unknown];

const SETTINGS_KEYS = new Set([
  'displayedAttributes',
  'searchableAttributes',
  'filterableAttributes',
  'sortableAttributes',
  'rankingRules',
  'stopWords',
  'nonSeparatorTokens',
  'separatorTokens',
  'dictionary',
  'synonyms',
  'distinctAttribute',
  'proximityPrecision',
  'typoTolerance',
  'faceting',
  'pagination',
  'embedders',
  'searchCutoffMs',
  'localizedAttributes',
  'facetSearch',
  'prefixSearch',
]);
const NESTED_KEYS: Record<string, Set<string>> = {
  typoTolerance: new Set([
    'enabled',
    'minWordSizeForTypos',
    'disableOnWords',
    'disableOnAttributes',
    'disableOnNumbers',
  ]),
  faceting: new Set(['maxValuesPerFacet', 'sortFacetValuesBy']),
  pagination: new Set(['maxTotalHits']),
};
const RANKING_RULES = new Set(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']);
/** A few of the ISO 639-3 (and 639-1) codes Meilisearch knows; enough to refuse a made-up one. */
const LOCALES = new Set(['swe', 'sv', 'eng', 'en', 'nob', 'dan', 'deu', 'fra', 'fin']);
const SEARCH_PARAMS = new Set([
  'q',
  'offset',
  'limit',
  'page',
  'hitsPerPage',
  'attributesToRetrieve',
  'retrieveVectors',
  'attributesToCrop',
  'cropLength',
  'cropMarker',
  'attributesToHighlight',
  'highlightPreTag',
  'highlightPostTag',
  'showMatchesPosition',
  'showRankingScore',
  'showRankingScoreDetails',
  'filter',
  'sort',
  'distinct',
  'facets',
  'matchingStrategy',
  'attributesToSearchOn',
  'rankingScoreThreshold',
  'locales',
  'hybrid',
  'vector',
]);

export class MeilisearchStandIn {
  readonly requests: RecordedRequest[] = [];
  /** The index's primary key, or null when the index does not exist. */
  primaryKey: string | null = null;
  settings: Json = {};
  documents = new Map<string, Json>();
  /**
   * Makes the next task of this type fail with the given Meilisearch error code; `meanwhile`
   * stands for what another client did that made it fail.
   */
  failNext: { type: string; code: string; meanwhile?: () => void } | null = null;
  /** Answers every request with 503 until cleared (a server that is down or restarting). */
  down = false;
  /** Never answers requests to these paths (a server that hangs). */
  hangOn: RegExp | null = null;
  /** The base URL, once started. */
  host = '';
  private readonly tasks = new Map<number, StandInTask>();
  private server: Server | null = null;

  constructor(readonly indexUid: string) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      void this.handle(req, res);
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.host;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Requests other than task polls, as `METHOD /path`. */
  calls(): string[] {
    return this.requests
      .filter((r) => !r.path.startsWith('/tasks/'))
      .map((r) => `${r.method} ${r.path}`);
  }

  /** How often the client polled a task. */
  taskPolls(uid: number): number {
    return this.tasks.get(uid)?.polls ?? 0;
  }

  /** Search request bodies, in order. */
  searches(): Json[] {
    return this.requests
      .filter((r) => r.path === `/indexes/${this.indexUid}/search`)
      .map((r) => r.body as Json);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const raw = await readBody(req);
    const method = req.method ?? 'GET';
    let answer: Answer;
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
      if (!wellFormed(body)) throw new Error('lone surrogate');
      this.requests.push({ method, path: url.pathname, query: url.searchParams, body });
      if (this.hangOn?.test(url.pathname)) return;
      answer = this.down
        ? [503, error('unavailable', 'the stand-in is down', 'system')]
        : this.route(method, url, body);
    } catch (e) {
      this.requests.push({ method, path: url.pathname, query: url.searchParams, body: raw });
      const message = `The json payload provided is malformed. ${String(e)}`;
      answer = [400, error('malformed_payload', message)];
    }
    res.writeHead(answer[0], { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer[1]));
  }

  private route(method: string, url: URL, body: unknown): Answer {
    const index = `/indexes/${this.indexUid}`;
    const path = url.pathname;
    const task = /^\/tasks\/(\d+)$/.exec(path);
    if (method === 'GET' && task) return this.poll(Number(task[1]));
    if (method === 'POST' && path === '/indexes') {
      const { primaryKey } = body as { primaryKey: string };
      return this.enqueue('indexCreation', () => {
        if (this.primaryKey !== null) throw new TaskError('index_already_exists');
        this.primaryKey = primaryKey;
      });
    }
    if (method === 'POST' && path === `${index}/documents`) {
      // Meilisearch creates a missing index on the first write, with default settings.
      const primaryKey = url.searchParams.get('primaryKey') ?? 'id';
      return this.enqueue('documentAdditionOrUpdate', () => {
        this.primaryKey ??= primaryKey;
        for (const doc of body as Json[]) {
          const id = doc[this.primaryKey];
          if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,511}$/.test(id)) {
            throw new TaskError('invalid_document_id');
          }
        }
        for (const doc of body as Json[]) this.documents.set(String(doc[this.primaryKey]), doc);
      });
    }
    if (this.primaryKey === null) return notFound(this.indexUid);
    if (method === 'GET' && path === index) {
      return [
        200,
        { uid: this.indexUid, primaryKey: this.primaryKey, createdAt: '', updatedAt: '' },
      ];
    }
    if (method === 'GET' && path === `${index}/settings`) return [200, this.settings];
    if (method === 'PATCH' && path === `${index}/settings`) {
      const refused = checkSettings(body);
      if (refused) return [400, refused];
      return this.enqueue('settingsUpdate', () => Object.assign(this.settings, body));
    }
    if (method === 'POST' && path === `${index}/documents/delete-batch`) {
      return this.enqueue('documentDeletion', () => {
        for (const key of body as string[]) this.documents.delete(key);
      });
    }
    if (method === 'DELETE' && path === `${index}/documents`) {
      return this.enqueue('documentDeletion', () => this.documents.clear());
    }
    if (method === 'GET' && path === `${index}/documents`) return [200, this.documentPage(url)];
    if (method === 'POST' && path === `${index}/search`) return this.search(body as Json);
    return [404, error('not_found', `no route ${method} ${path}`)];
  }

  private enqueue(type: string, apply: () => void): Answer {
    const uid = this.tasks.size + 1;
    const error =
      this.failNext?.type === type ? { code: this.failNext.code, message: 'it failed' } : null;
    const meanwhile = error ? this.failNext?.meanwhile : undefined;
    if (error) this.failNext = null;
    this.tasks.set(uid, { uid, type, polls: 0, error, apply, meanwhile });
    const enqueued = { taskUid: uid, indexUid: this.indexUid, status: 'enqueued', type };
    return [202, { ...enqueued, enqueuedAt: new Date().toISOString() }];
  }

  private poll(uid: number): Answer {
    const task = this.tasks.get(uid);
    if (!task) return [404, error('task_not_found', 'task not found')];
    task.polls += 1;
    if (task.polls === 2 && !task.error) {
      try {
        task.apply();
      } catch (e) {
        if (!(e instanceof TaskError)) throw e;
        task.error = { code: e.message, message: e.message };
      }
    } else if (task.polls === 2) {
      task.meanwhile?.();
    }
    let status = 'processing';
    if (task.polls > 1) status = task.error ? 'failed' : 'succeeded';
    return [
      200,
      {
        uid,
        batchUid: uid,
        indexUid: this.indexUid,
        status,
        type: task.type,
        canceledBy: null,
        error: status === 'failed' ? { ...task.error, type: 'invalid_request', link: '' } : null,
        duration: null,
        enqueuedAt: '',
        startedAt: null,
        finishedAt: null,
      },
    ];
  }

  private documentPage(url: URL): Json {
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const fields = url.searchParams.get('fields')?.split(',');
    const all = [...this.documents.values()];
    const results = all
      .slice(offset, offset + limit)
      .map((doc) => (fields ? Object.fromEntries(fields.map((f) => [f, doc[f]])) : doc));
    return { results, offset, limit, total: all.length };
  }

  private list(name: string): string[] {
    const value = this.settings[name];
    return Array.isArray(value) ? value.map(String) : [];
  }

  private search(body: Json): Answer {
    const unknown = Object.keys(body).find((key) => !SEARCH_PARAMS.has(key));
    if (unknown) return [400, error('bad_request', `Unknown field \`${unknown}\``)];
    const filterable = new Set(this.list('filterableAttributes'));
    let filter: ReturnType<typeof parseFilter> | null = null;
    if (body.filter !== undefined && body.filter !== null) {
      if (typeof body.filter !== 'string') {
        return [400, error('invalid_search_filter', 'the stand-in takes string filters only')];
      }
      try {
        filter = parseFilter(body.filter);
      } catch (e) {
        if (!(e instanceof FilterError)) throw e;
        return [400, error('invalid_search_filter', `Invalid filter: ${e.message}`)];
      }
      const field = filterFields(filter).find((f) => !filterable.has(f));
      if (field) {
        return [400, error('invalid_search_filter', `Attribute \`${field}\` is not filterable.`)];
      }
    }
    const facets = (body.facets as string[] | undefined) ?? [];
    const unfaceted = facets.find((f) => !filterable.has(f));
    if (unfaceted) {
      return [400, error('invalid_search_facets', `Attribute \`${unfaceted}\` is not filterable`)];
    }
    const sort = (body.sort as string[] | undefined) ?? [];
    const sortable = new Set(this.list('sortableAttributes'));
    const sortBy = sort.map((rule) => /^([^:]+):(asc|desc)$/.exec(rule));
    if (sortBy.some((m) => !m || !sortable.has(m[1]!))) {
      return [400, error('invalid_search_sort', `Attribute is not sortable: ${sort.join(', ')}`)];
    }
    const strategy = (body.matchingStrategy as string | undefined) ?? 'last';
    if (!['last', 'all', 'frequency'].includes(strategy)) {
      return [400, error('invalid_search_matching_strategy', `Unknown value \`${strategy}\``)];
    }
    const locales = (body.locales as string[] | undefined) ?? [];
    if (locales.some((l) => !LOCALES.has(l))) {
      return [400, error('invalid_search_locales', `Unknown locale in ${locales.join(', ')}`)];
    }

    const searchable = this.list('searchableAttributes').filter((a) => a !== '*');
    const typos = this.typoSettings();
    const query = parseQuery(text(body.q, ''), new Set(this.list('stopWords')));
    const scored: { doc: Json; order: number[]; spans: Map<string, Span[]> }[] = [];
    let position = 0;
    for (const doc of this.documents.values()) {
      position += 1;
      if (filter && !evaluate(filter, doc)) continue;
      const fields = searchable.map((a) => tokenize(text(doc[a], '')));
      const excluded = query.negative.some((term) =>
        fields.some((tokens) => matchTerms(tokens, [term], NO_TYPOS)[0]),
      );
      if (excluded) continue;
      const perField = fields.map((tokens) => matchTerms(tokens, query.terms, typos));
      const matched = query.terms.map((_, t) => perField.some((f) => f[t]));
      const required = strategy === 'all' ? query.terms.length : Math.min(1, query.terms.length);
      // `last`: the first terms must match (milli drops terms from the end).
      const leading = matched.findIndex((m) => !m);
      const leadingCount = leading < 0 ? matched.length : leading;
      if (strategy === 'all' && matched.some((m) => !m)) continue;
      if (strategy !== 'all' && leadingCount < required) continue;
      const spans = new Map<string, Span[]>();
      searchable.forEach((a, i) =>
        spans.set(
          a,
          perField[i]!.flatMap((m) => m?.spans ?? []),
        ),
      );
      const typoCount = query.terms.reduce(
        (sum, _, t) => sum + Math.min(...perField.map((f) => f[t]?.typos ?? 99)),
        0,
      );
      const attribute = perField.findIndex((f) => f.some((m) => m));
      const exact = query.terms.filter((_, t) => perField.some((f) => f[t]?.exact)).length;
      const sortKeys = sortBy.map((m) => {
        const v = Number(doc[m![1]!]);
        return m![2] === 'desc' ? -v : v;
      });
      scored.push({
        doc,
        order: [...sortKeys, -leadingCount, typoCount, attribute, -exact, position],
        spans,
      });
    }
    scored.sort((a, b) => {
      for (let i = 0; i < a.order.length; i += 1) {
        const d = a.order[i]! - b.order[i]!;
        if (d !== 0) return d;
      }
      return 0;
    });
    const maxTotalHits = Number(
      (this.settings.pagination as Json | undefined)?.maxTotalHits ?? 1000,
    );
    const matches = scored.slice(0, maxTotalHits);
    const paged = body.page !== undefined || body.hitsPerPage !== undefined;
    const hitsPerPage = Number(body.hitsPerPage ?? 20);
    const page = Number(body.page ?? 1);
    const offset = paged ? (page - 1) * hitsPerPage : Number(body.offset ?? 0);
    const limit = paged ? hitsPerPage : Number(body.limit ?? 20);
    const hits = matches.slice(offset, offset + limit).map((m) => this.hit(m, body));
    const response: Json = {
      hits,
      query: body.q ?? '',
      processingTimeMs: 0,
      facetDistribution: this.facetDistribution(
        facets,
        scored.map((m) => m.doc),
      ),
    };
    if (paged) {
      Object.assign(response, {
        page,
        hitsPerPage,
        totalHits: matches.length,
        totalPages: Math.ceil(matches.length / hitsPerPage),
      });
    } else {
      Object.assign(response, { offset, limit, estimatedTotalHits: matches.length });
    }
    return [200, response];
  }

  private hit(match: { doc: Json; spans: Map<string, Span[]> }, body: Json): Json {
    const displayed = this.list('displayedAttributes');
    const visible = (a: string) =>
      displayed.length === 0 || displayed.includes('*') || displayed.includes(a);
    const retrieve = ((body.attributesToRetrieve as string[] | undefined) ?? ['*']).flatMap((a) =>
      a === '*' ? Object.keys(match.doc) : [a],
    );
    const hit = Object.fromEntries(
      retrieve.filter((a) => visible(a) && a in match.doc).map((a) => [a, match.doc[a]]),
    );
    const pre = text(body.highlightPreTag, '<em>');
    const post = text(body.highlightPostTag, '</em>');
    const toHighlight = new Set((body.attributesToHighlight as string[] | undefined) ?? []);
    const toCrop = new Set((body.attributesToCrop as string[] | undefined) ?? []);
    if (toHighlight.size || toCrop.size) {
      const formatted: Json = { ...hit };
      for (const a of new Set([...toHighlight, ...toCrop])) {
        if (!visible(a) || typeof match.doc[a] !== 'string') continue;
        const value = match.doc[a];
        const spans = toHighlight.has(a) ? (match.spans.get(a) ?? []) : [];
        const marker = text(body.cropMarker, '…');
        formatted[a] = toCrop.has(a)
          ? crop(value, spans, Number(body.cropLength ?? 10), marker, pre, post)
          : highlight(value, spans, pre, post);
      }
      hit._formatted = formatted;
    }
    return hit;
  }

  private facetDistribution(facets: string[], docs: Json[]): Json {
    const max = Number((this.settings.faceting as Json | undefined)?.maxValuesPerFacet ?? 100);
    const distribution: Json = {};
    for (const facet of facets) {
      const counts = new Map<string, number>();
      for (const doc of docs) {
        const raw = doc[facet];
        const values = new Set((Array.isArray(raw) ? raw : [raw]).filter((v) => v != null));
        for (const v of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
      }
      distribution[facet] = Object.fromEntries(
        [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).slice(0, max),
      );
    }
    return distribution;
  }

  private typoSettings(): TypoSettings {
    const typo = (this.settings.typoTolerance ?? {}) as {
      enabled?: boolean;
      minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number };
    };
    return {
      enabled: typo.enabled ?? true,
      oneTypo: typo.minWordSizeForTypos?.oneTypo ?? 5,
      twoTypos: typo.minWordSizeForTypos?.twoTypos ?? 9,
    };
  }
}

type Span = { start: number; end: number };
const NO_TYPOS: TypoSettings = { enabled: false, oneTypo: 99, twoTypos: 99 };

class TaskError extends Error {}

/** Why Meilisearch would refuse these settings (400), or null. */
function checkSettings(body: unknown): Json | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return error('bad_request', 'settings must be an object');
  }
  for (const [key, value] of Object.entries(body as Json)) {
    if (!SETTINGS_KEYS.has(key)) {
      return error(
        'bad_request',
        `Unknown field \`${key}\`: expected one of ${[...SETTINGS_KEYS].join(', ')}`,
      );
    }
    const nested = NESTED_KEYS[key];
    if (nested && value && typeof value === 'object') {
      const bad = Object.keys(value).find((k) => !nested.has(k));
      if (bad)
        return error(`invalid_settings_${snake(key)}`, `Unknown field \`${bad}\` in \`${key}\``);
    }
    if (key === 'rankingRules') {
      const bad = (value as string[]).find(
        (rule) => !RANKING_RULES.has(rule) && !/^[^:]+:(asc|desc)$/.test(rule),
      );
      if (bad) return error('invalid_settings_ranking_rules', `\`${bad}\` ranking rule is invalid`);
    }
    if (key === 'localizedAttributes' && Array.isArray(value)) {
      for (const rule of value as Json[]) {
        const bad = Object.keys(rule).find((k) => k !== 'attributePatterns' && k !== 'locales');
        const locale = ((rule.locales as string[] | undefined) ?? []).find((l) => !LOCALES.has(l));
        if (bad || locale || !Array.isArray(rule.attributePatterns)) {
          return error(
            'invalid_settings_localized_attributes',
            `Invalid rule ${JSON.stringify(rule)}`,
          );
        }
      }
    }
  }
  return null;
}

/** A string parameter or field, or the default for anything else. */
function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function error(code: string, message: string, type = 'invalid_request'): Json {
  return { message, code, type, link: `https://docs.meilisearch.com/errors#${code}` };
}

function notFound(indexUid: string): Answer {
  return [404, error('index_not_found', `Index \`${indexUid}\` not found.`)];
}

/** JSON text with a lone surrogate is not UTF-8; Meilisearch's parser refuses it. */
function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return !/[\uD800-\uDFFF]/u.test(value);
  if (Array.isArray(value)) return value.every(wellFormed);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).every(([k, v]) => wellFormed(k) && wellFormed(v));
  }
  return true;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
