// SPDX-License-Identifier: EUPL-1.2
import {
  evaluate,
  filterFields,
  FilterError,
  parseFilter,
} from 'test/integration/meilisearch/stand-in/filter';
import { error, LOCALES, type Json } from 'test/integration/meilisearch/stand-in/settings';
import {
  crop,
  highlight,
  matchTerms,
  parseQuery,
  tokenize,
  type TypoSettings,
} from 'test/integration/meilisearch/stand-in/text';

/**
 * STAND-IN, NOT MEILISEARCH: `POST /indexes/:uid/search` over the stand-in's documents and
 * settings: parameters checked as Meilisearch checks them, the filter evaluated, `q` matched
 * and ranked as stand-in/text.ts models it, hits with `_formatted`, totals and facets.
 */
export type Answer = [number, unknown];

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

export function searchStandIn(settings: Json, documents: Map<string, Json>, request: Json): Answer {
  function list(name: string): string[] {
    const value = settings[name];
    return Array.isArray(value) ? value.map(String) : [];
  }

  function search(body: Json): Answer {
    const unknown = Object.keys(body).find((key) => !SEARCH_PARAMS.has(key));
    if (unknown) return [400, error('bad_request', `Unknown field \`${unknown}\``)];
    const filterable = new Set(list('filterableAttributes'));
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
    const sortable = new Set(list('sortableAttributes'));
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

    const searchable = list('searchableAttributes').filter((a) => a !== '*');
    const typos = typoSettings();
    const query = parseQuery(text(body.q, ''), new Set(list('stopWords')));
    const scored: { doc: Json; order: number[]; spans: Map<string, Span[]> }[] = [];
    let position = 0;
    for (const doc of documents.values()) {
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
    const maxTotalHits = Number((settings.pagination as Json | undefined)?.maxTotalHits ?? 1000);
    const matches = scored.slice(0, maxTotalHits);
    const paged = body.page !== undefined || body.hitsPerPage !== undefined;
    const hitsPerPage = Number(body.hitsPerPage ?? 20);
    const page = Number(body.page ?? 1);
    const offset = paged ? (page - 1) * hitsPerPage : Number(body.offset ?? 0);
    const limit = paged ? hitsPerPage : Number(body.limit ?? 20);
    const hits = matches.slice(offset, offset + limit).map((m) => hit(m, body));
    const response: Json = {
      hits,
      query: body.q ?? '',
      processingTimeMs: 0,
      facetDistribution: facetDistribution(
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

  function hit(match: { doc: Json; spans: Map<string, Span[]> }, body: Json): Json {
    const displayed = list('displayedAttributes');
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

  function facetDistribution(facets: string[], docs: Json[]): Json {
    const max = Number((settings.faceting as Json | undefined)?.maxValuesPerFacet ?? 100);
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

  function typoSettings(): TypoSettings {
    const typo = (settings.typoTolerance ?? {}) as {
      enabled?: boolean;
      minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number };
    };
    return {
      enabled: typo.enabled ?? true,
      oneTypo: typo.minWordSizeForTypos?.oneTypo ?? 5,
      twoTypos: typo.minWordSizeForTypos?.twoTypos ?? 9,
    };
  }

  return search(request);
}

type Span = { start: number; end: number };
const NO_TYPOS: TypoSettings = { enabled: false, oneTypo: 99, twoTypos: 99 };

/** A string parameter or field, or the default for anything else. */
function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
