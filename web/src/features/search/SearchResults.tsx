// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { ErrorState, Loading } from '../../components/States';
import type { SearchFilterInput, SearchSort } from '../../graphql/graphql';
import { SearchQuery } from './documents';
import { SearchHitItem } from './SearchHitItem';

import { PAGE_SIZE } from './search-params';

export { PAGE_SIZE };

interface ChunkProps {
  query: string;
  filter: SearchFilterInput;
  sort: SearchSort;
  after: string | null;
  /** Further pages to load after this one (the URL's `pages`, counted down). */
  remaining: number;
  /** Move focus to this page's first hit once it is loaded (after "show more"). */
  focusFirst: boolean;
  onMore: () => void;
}

/**
 * The hits, a page at a time: each page, once loaded, loads the next with its end cursor until
 * as many pages are shown as the URL asks for, so a reload or "back" shows the same list.
 */
export function SearchResultPages(props: Omit<ChunkProps, 'after'>) {
  return (
    <ol className="search-results">
      <ResultChunk {...props} after={null} />
    </ol>
  );
}

function ResultChunk({ query, filter, sort, after, remaining, focusFirst, onMore }: ChunkProps) {
  const { t } = useTranslation();
  const firstLink = useRef<HTMLAnchorElement>(null);
  const [{ data, error }, refetch] = useQuery({
    query: SearchQuery,
    variables: { query, filter, sort, first: PAGE_SIZE, after },
  });
  const loaded = Boolean(data);
  useEffect(() => {
    if (loaded && focusFirst && remaining === 0) firstLink.current?.focus();
  }, [loaded, focusFirst, remaining]);
  if (error && !data)
    return (
      <li className="search-results__state">
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </li>
    );
  if (!data)
    return (
      <li className="search-results__state">
        <Loading />
      </li>
    );
  const { edges, pageInfo } = data.search;
  const next = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  return (
    <>
      {edges.map(({ node }, index) => (
        <li key={`${node.item.__typename}:${node.item.id}`}>
          <SearchHitItem hit={node} linkRef={index === 0 ? firstLink : undefined} />
        </li>
      ))}
      {next &&
        (remaining > 0 ? (
          <ResultChunk
            query={query}
            filter={filter}
            sort={sort}
            after={next}
            remaining={remaining - 1}
            focusFirst={focusFirst}
            onMore={onMore}
          />
        ) : (
          <li className="search-results__more">
            <Button className="button button--secondary" onPress={onMore}>
              {t('search.more')}
            </Button>
          </li>
        ))}
    </>
  );
}
