// SPDX-License-Identifier: EUPL-1.2
import { useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';
import { toApiProblem } from '../app/errors';
import { isFreshlyPrefetched } from '../app/first-page';
import { DEFAULT_PAGE_SIZE } from './page-size';
import { Empty, ErrorState, Loading } from './States';

export { DEFAULT_PAGE_SIZE };

/** The part of a Relay connection a paged list reads. */
export interface ListConnection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Node }[];
}

interface PagedListProps<Data, Variables extends AnyVariables, Node extends { id: string }> {
  /** A connection query that takes `first` and `after` besides `variables`. */
  query: TypedDocumentNode<Data, Variables>;
  /** The query's other variables (e.g. the filter); a change starts again from the first page. */
  variables: Omit<Variables, 'first' | 'after'>;
  connection: (data: Data) => ListConnection<Node>;
  item: (node: Node) => ReactNode;
  /** The announced count ("12 fall"). */
  count: (total: number) => string;
  more: string;
  /** Shown when nothing matches. */
  empty: ReactNode;
  /** The list's CSS block: `<block>`, `<block>__count`, `__state`, `__more`. */
  block: string;
  pageSize?: number;
}

/**
 * A list the API returns a page at a time (Relay `first`/`after`), with its loading, empty and
 * error states: "Show more" appends the next page below, so what was read stays in place, and
 * the count is announced. Each page is its own query (urql caches it); the first page is the
 * same operation as the count's, so it is sent once.
 */
export function PagedList<Data, Variables extends AnyVariables, Node extends { id: string }>(
  props: PagedListProps<Data, Variables, Node>,
) {
  const { variables, connection, count, empty, block } = props;
  const key = JSON.stringify(variables);
  const [cursors, setCursors] = useState<{ key: string; list: string[] }>({ key, list: [] });
  const more = cursors.key === key ? cursors.list : [];
  const [{ data, error }, refetch] = usePage(
    props.query,
    variables,
    props.pageSize ?? DEFAULT_PAGE_SIZE,
    null,
  );
  if (error && !data)
    return (
      <ErrorState
        problem={toApiProblem(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (!data) return <Loading />;
  const total = connection(data).totalCount;
  const pages: (string | null)[] = [null, ...more];
  return (
    <>
      <p className={`${block}__count`} role="status">
        {count(total)}
      </p>
      {total === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <ul className={block}>
          {pages.map((after, index) => (
            <Chunk
              key={after ?? 'first'}
              {...props}
              after={after}
              isLast={index === pages.length - 1}
              onMore={(cursor) => setCursors({ key, list: [...more, cursor] })}
            />
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * One page of a connection query: the same operation for the same page, so urql sends it once.
 * The list's own first-page query asks the network; its first chunk, the same operation, reads
 * that answer from the cache (`fromList`), or every load and filter change fetched it twice.
 */
export function usePage<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  pageSize: number,
  after: string | null,
  fromList = false,
) {
  const pageVariables = { ...variables, first: pageSize, after } as unknown as Variables;
  return useQuery<Data, Variables>({
    query,
    variables: pageVariables,
    // The page load's first page may have been asked for already (app/first-page.ts).
    requestPolicy:
      fromList || isFreshlyPrefetched(query, pageVariables) ? 'cache-first' : 'cache-and-network',
  });
}

function Chunk<Data, Variables extends AnyVariables, Node extends { id: string }>(
  props: PagedListProps<Data, Variables, Node> & {
    after: string | null;
    isLast: boolean;
    onMore: (cursor: string) => void;
  },
) {
  const {
    query,
    variables,
    pageSize = DEFAULT_PAGE_SIZE,
    connection,
    item,
    more,
    block,
    after,
    isLast,
    onMore,
  } = props;
  const [{ data, error }, refetch] = usePage(query, variables, pageSize, after, after === null);
  if (error && !data)
    return (
      <li className={`${block}__state`}>
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </li>
    );
  if (!data)
    return (
      <li className={`${block}__state`}>
        <Loading />
      </li>
    );
  const { edges, pageInfo } = connection(data);
  const next = pageInfo.endCursor;
  return (
    <>
      {edges.map(({ node }) => (
        <li key={node.id}>{item(node)}</li>
      ))}
      {isLast && pageInfo.hasNextPage && next && (
        <li className={`${block}__more`}>
          <Button className="button button--secondary" onPress={() => onMore(next)}>
            {more}
          </Button>
        </li>
      )}
    </>
  );
}
