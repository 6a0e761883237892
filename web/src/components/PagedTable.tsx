// SPDX-License-Identifier: EUPL-1.2
import { useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { AnyVariables, TypedDocumentNode } from 'urql';
import { toApiProblem } from '../app/errors';
import { usePage, type ListConnection } from './PagedList';
import { Empty, ErrorState, Loading } from './States';

interface PagedTableProps<Data, Variables extends AnyVariables, Node extends { id: string }> {
  /** A connection query that takes `first` and `after` besides `variables`. */
  query: TypedDocumentNode<Data, Variables>;
  variables: Omit<Variables, 'first' | 'after'>;
  connection: (data: Data) => ListConnection<Node>;
  /** One `<tr>` for a node; `refresh` reloads its page from the server (after an action). */
  row: (node: Node, refresh: () => void) => ReactNode;
  caption: string;
  columns: readonly string[];
  count: (total: number) => string;
  more: string;
  empty: ReactNode;
  pageSize: number;
}

/**
 * A table the API returns a page at a time (Relay `first`/`after`), with its loading, empty and
 * error states and an announced count: each page is a `<tbody>`, "Show more" appends the next.
 * The admin's members and audit log use it; give it a `key` that changes with the filter.
 */
export function PagedTable<Data, Variables extends AnyVariables, Node extends { id: string }>(
  props: PagedTableProps<Data, Variables, Node>,
) {
  const { connection, caption, columns, count, empty } = props;
  const [cursors, setCursors] = useState<string[]>([]);
  const [{ data, error }, refetch] = usePage(props.query, props.variables, props.pageSize, null);
  if (error && !data)
    return (
      <ErrorState
        problem={toApiProblem(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (!data) return <Loading />;
  const total = connection(data).totalCount;
  return (
    <>
      <p role="status">{count(total)}</p>
      {total === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          {[null, ...cursors].map((after, index, all) => (
            <Chunk
              key={after ?? 'first'}
              {...props}
              after={after}
              isLast={index === all.length - 1}
              onMore={(cursor) => setCursors([...cursors, cursor])}
            />
          ))}
        </table>
      )}
    </>
  );
}

function Chunk<Data, Variables extends AnyVariables, Node extends { id: string }>(
  props: PagedTableProps<Data, Variables, Node> & {
    after: string | null;
    isLast: boolean;
    onMore: (cursor: string) => void;
  },
) {
  const { query, variables, pageSize, connection, row, columns, more, after, isLast, onMore } =
    props;
  const [{ data, error }, refetch] = usePage(query, variables, pageSize, after, after === null);
  const whole = (content: ReactNode) => (
    <tbody>
      <tr>
        <td colSpan={columns.length}>{content}</td>
      </tr>
    </tbody>
  );
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) return whole(<ErrorState problem={toApiProblem(error)} onRetry={refresh} />);
  if (!data) return whole(<Loading />);
  const { edges, pageInfo } = connection(data);
  const next = pageInfo.endCursor;
  return (
    <tbody>
      {edges.map(({ node }) => row(node, refresh))}
      {isLast && pageInfo.hasNextPage && next && (
        <tr>
          <td colSpan={columns.length}>
            <Button className="button button--secondary" onPress={() => onMore(next)}>
              {more}
            </Button>
          </td>
        </tr>
      )}
    </tbody>
  );
}
