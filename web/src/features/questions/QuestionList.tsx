import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { QuestionFilterInput } from '../../graphql/graphql';
import { QuestionsQuery } from './documents';
import { QuestionListItem } from './QuestionListItem';

const PAGE_SIZE = 10;

/**
 * Questions the API returns for a filter, a page at a time (Relay `first`/`after`): "Show more"
 * appends the next page below, so what was read stays in place. The count is announced.
 */
export function QuestionList({ filter, empty }: { filter: QuestionFilterInput; empty: ReactNode }) {
  const { t } = useTranslation();
  const key = JSON.stringify(filter);
  const [cursors, setCursors] = useState<{ key: string; list: string[] }>({ key, list: [] });
  const more = cursors.key === key ? cursors.list : [];
  // The first page: the same operation as the first chunk below, so urql sends it once.
  const [{ data, error }, refetch] = useQuery({
    query: QuestionsQuery,
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
  const total = data.questions.totalCount;
  const pages: (string | null)[] = [null, ...more];
  return (
    <>
      <p className="question-list__count" role="status">
        {t('questions.list.count', { count: total })}
      </p>
      {total === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <ul className="question-list">
          {pages.map((after, index) => (
            <QuestionChunk
              key={after ?? 'first'}
              filter={filter}
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

function QuestionChunk({
  filter,
  after,
  isLast,
  onMore,
}: {
  filter: QuestionFilterInput;
  after: string | null;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: QuestionsQuery,
    variables: { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data)
    return (
      <li className="question-list__state">
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </li>
    );
  if (!data)
    return (
      <li className="question-list__state">
        <Loading />
      </li>
    );
  const { edges, pageInfo } = data.questions;
  const next = pageInfo.endCursor;
  return (
    <>
      {edges.map(({ node }) => (
        <li key={node.id}>
          <QuestionListItem data={node} />
        </li>
      ))}
      {isLast && pageInfo.hasNextPage && next && (
        <li className="question-list__more">
          <Button className="button button--secondary" onPress={() => onMore(next)}>
            {t('questions.list.more')}
          </Button>
        </li>
      )}
    </>
  );
}
