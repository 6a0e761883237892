import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { CaseFilterInput } from '../../graphql/graphql';
import { CaseListItem } from './CaseListItem';
import { CasesQuery } from './documents';

const PAGE_SIZE = 10;

interface CaseListProps {
  filter: CaseFilterInput;
  /** Shown when no case matches. */
  empty: ReactNode;
  /** Links each title here instead of the case page (e.g. the editor for drafts). */
  linkTo?: (id: string) => string;
  showStatus?: boolean;
}

/**
 * Cases the API returns for a filter, a page at a time (Relay `first`/`after`): "Show more"
 * appends the next page below, so what was read stays in place. The count is announced.
 */
export function CaseList({ filter, empty, linkTo, showStatus }: CaseListProps) {
  const { t } = useTranslation();
  const key = JSON.stringify(filter);
  const [cursors, setCursors] = useState<{ key: string; list: string[] }>({ key, list: [] });
  const more = cursors.key === key ? cursors.list : [];
  // The first page: the same operation as the first chunk below, so urql sends it once.
  const [{ data, error }, refetch] = useQuery({
    query: CasesQuery,
    variables: { filter, first: PAGE_SIZE, after: null },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data)
    return (
      <ErrorState
        problem={toApiProblem(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (!data) return <Loading />;
  const total = data.cases.totalCount;
  const pages: (string | null)[] = [null, ...more];
  return (
    <>
      <p className="case-list__count" role="status">
        {t('cases.list.count', { count: total })}
      </p>
      {total === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <ul className="case-list">
          {pages.map((after, index) => (
            <CaseChunk
              key={after ?? 'first'}
              filter={filter}
              after={after}
              isLast={index === pages.length - 1}
              linkTo={linkTo}
              showStatus={showStatus}
              onMore={(cursor) => setCursors({ key, list: [...more, cursor] })}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function CaseChunk({
  filter,
  after,
  isLast,
  linkTo,
  showStatus,
  onMore,
}: Omit<CaseListProps, 'empty'> & {
  after: string | null;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: CasesQuery,
    variables: { filter, first: PAGE_SIZE, after },
    // The first page is the list's own query, which has just asked the network (issue 12: with
    // `cache-and-network` here too, every library load and filter change fetched it twice).
    requestPolicy: after === null ? 'cache-first' : 'cache-and-network',
  });
  if (error && !data)
    return (
      <li className="case-list__state">
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </li>
    );
  if (!data)
    return (
      <li className="case-list__state">
        <Loading />
      </li>
    );
  const { edges, pageInfo } = data.cases;
  const next = pageInfo.endCursor;
  return (
    <>
      {edges.map(({ node }) => (
        <li key={node.id}>
          <CaseListItem data={node} to={linkTo?.(node.id)} showStatus={showStatus} />
        </li>
      ))}
      {isLast && pageInfo.hasNextPage && next && (
        <li className="case-list__more">
          <Button className="button button--secondary" onPress={() => onMore(next)}>
            {t('cases.list.more')}
          </Button>
        </li>
      )}
    </>
  );
}
