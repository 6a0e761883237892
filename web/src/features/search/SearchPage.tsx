// SPDX-License-Identifier: EUPL-1.2
// The library's layout, filter and sharing-level styles, shared with the case screens.
import '../cases/cases.css';
import './search.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { usePaintedOnce } from '../../app/after-paint';
import { toApiProblem } from '../../app/errors';
import { FollowButton } from '../../components/FollowButton';
import { Page } from '../../components/Page';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { SearchQuery as SearchData, SearchSort } from '../../graphql/graphql';
import { SearchQuery } from './documents';
import { SearchFacets } from './SearchFacets';
import {
  SORTS,
  hasSearchFilters,
  searchFromParams,
  searchToParams,
  toSearchFilter,
  type SearchState,
} from './search-params';
import { PAGE_SIZE, SearchResultPages } from './SearchResults';

/**
 * Search over everything the member may read. The URL holds the whole search (words, facets,
 * sort, pages shown), so back and forward step through it and a link reproduces it.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = searchFromParams(params);
  // Focus moves to the new hits only after "show more", not when a URL is opened.
  const [moreRequested, setMoreRequested] = useState(false);
  const go = (next: SearchState) => {
    setMoreRequested(false);
    setParams(searchToParams(next));
  };

  if (!state.q)
    return (
      <Page title={t('search.title')}>
        <p>{t('search.prompt')}</p>
      </Page>
    );
  return (
    <Page title={t('search.titleFor', { q: state.q })}>
      <SearchBody
        state={state}
        go={go}
        focusNew={moreRequested}
        onMore={() => {
          setMoreRequested(true);
          setParams(searchToParams({ ...state, pages: state.pages + 1 }));
        }}
      />
    </Page>
  );
}

function SearchBody({
  state,
  go,
  focusNew,
  onMore,
}: {
  state: SearchState;
  go: (next: SearchState) => void;
  focusNew: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const filter = toSearchFilter(state);
  // The first page, as its chunk below asks for it: urql sends the request once.
  const [{ data: current, error, fetching }, refetch] = useQuery({
    query: SearchQuery,
    variables: { query: state.q, filter, sort: state.sort, first: PAGE_SIZE, after: null },
  });
  // While a changed search loads, the last facets stay, so the checkbox just pressed keeps focus.
  const [previous, setPrevious] = useState(current);
  if (current && current !== previous) setPrevious(current);
  const data = current ?? previous;
  if (error && !current)
    return (
      <ErrorState
        problem={toApiProblem(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (!data) return <Loading />;
  const { totalCount, totalCountIsExact, facetCountsAreExact, didYouMean, facets } = data.search;

  return (
    <div className="library">
      <div className="library__filters">
        <FacetsAfterHits facets={facets} state={state} onChange={go} />
      </div>
      <section className="library__results" aria-labelledby="search-results-title">
        <h2 id="search-results-title">{t('search.resultsTitle')}</h2>
        {didYouMean && (
          <p className="search-did-you-mean">
            {t('search.didYouMean.noneFor', { q: state.q })}{' '}
            <Link
              to={`/search?${searchToParams({ ...state, q: didYouMean, pages: 1 }).toString()}`}
            >
              {t('search.didYouMean.link', { q: didYouMean })}
            </Link>
          </p>
        )}
        <p className="search-count" role="status">
          {fetching && !current
            ? t('state.loading')
            : totalCountIsExact
              ? t('search.count', { count: totalCount })
              : t('search.countMoreThan', { count: totalCount })}
        </p>
        {!facetCountsAreExact && (
          <p className="search-count-note">
            {t('search.countNotExactNote', { count: totalCount })}
          </p>
        )}
        <FollowChosen state={state} facets={facets} />
        <p className="search-sort">
          <label htmlFor="search-sort">{t('search.sort.label')}</label>{' '}
          <select
            id="search-sort"
            value={state.sort}
            onChange={(event) => go({ ...state, sort: event.target.value as SearchSort, pages: 1 })}
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`search.sort.${sort}`)}
              </option>
            ))}
          </select>
        </p>
        {totalCount === 0 ? (
          <Empty>{hasSearchFilters(state) ? t('search.emptyFiltered') : t('search.empty')}</Empty>
        ) : (
          <SearchResultPages
            query={state.q}
            filter={filter}
            sort={state.sort}
            remaining={state.pages - 1}
            focusFirst={focusNew}
            onMore={onMore}
          />
        )}
      </section>
    </div>
  );
}

/**
 * The facets, once the first hits have been painted (issue 12, LCP): a checkbox for every topic
 * and country among the hits is most of the page's first render, and the hits are what the
 * member came for. Mounted with the first results, so later searches update both at once.
 */
function FacetsAfterHits(props: Parameters<typeof SearchFacets>[0]) {
  return usePaintedOnce() ? <SearchFacets {...props} /> : <Loading />;
}

/** Following a chosen topic or country: where a member has just narrowed a search to it. */
function FollowChosen({
  state,
  facets,
}: {
  state: SearchState;
  facets: SearchData['search']['facets'];
}) {
  const { t } = useTranslation();
  const topics = [
    ...facets.riskAreas,
    ...facets.collaborationTypes,
    ...facets.technologyAreas,
    ...facets.researchFields,
  ]
    .map((f) => f.topic)
    .filter((topic) => state.topics.includes(topic.id));
  const countries = facets.countries
    .map((f) => f.country)
    .filter((country) => state.countries.includes(country.code));
  if (topics.length === 0 && countries.length === 0) return null;
  return (
    <div className="search-follow">
      <p>{t('search.followChosen')}</p>
      <ul className="search-follow__list">
        {topics.map((topic) => (
          <li key={topic.id}>
            <FollowButton targetType="TOPIC" targetId={topic.id} name={topic.name} />
          </li>
        ))}
        {countries.map((country) => (
          <li key={country.code}>
            <FollowButton targetType="COUNTRY" targetId={country.code} name={country.name} />
          </li>
        ))}
      </ul>
    </div>
  );
}
