// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { ErrorState, Loading } from '../../components/States';
import type { QuestionQuery } from '../../graphql/graphql';
import { AnswerItem } from './AnswerItem';
import { QuestionAnswersQuery } from './documents';

export const ANSWER_PAGE_SIZE = 10;

type LoadedQuestion = NonNullable<QuestionQuery['question']>;
type Connection = LoadedQuestion['answers'];

interface AnswerListProps {
  question: LoadedQuestion;
  announce: (message: string) => void;
}

/**
 * The question's answers in the API's order (accepted, then official, then oldest): the first
 * page comes with the question, "Show more" appends the next one below.
 */
export function AnswerList({ question, announce }: AnswerListProps) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<string[]>([]);
  const first = question.answers;
  const firstNext = first.pageInfo.hasNextPage ? first.pageInfo.endCursor : null;
  return (
    <>
      <p role="status">{t('questions.answers.count', { count: first.totalCount })}</p>
      {first.totalCount === 0 ? (
        <p className="state state--empty">{t('questions.answers.empty')}</p>
      ) : (
        <ol className="answer-list">
          <Answers
            connection={first}
            question={question}
            announce={announce}
            onMore={cursors.length === 0 && firstNext ? () => setCursors([firstNext]) : undefined}
          />
          {cursors.map((cursor, index) => (
            <AnswerChunk
              key={cursor}
              question={question}
              after={cursor}
              announce={announce}
              isLast={index === cursors.length - 1}
              onMore={(next) => setCursors([...cursors, next])}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function AnswerChunk({
  question,
  after,
  announce,
  isLast,
  onMore,
}: {
  question: LoadedQuestion;
  after: string;
  announce: (message: string) => void;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const [{ data, error }, refetch] = useQuery({
    query: QuestionAnswersQuery,
    variables: { id: question.id, first: ANSWER_PAGE_SIZE, after },
  });
  if (error && !data)
    return (
      <li className="answer-list__state">
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </li>
    );
  if (!data?.question)
    return (
      <li className="answer-list__state">
        <Loading />
      </li>
    );
  const { pageInfo } = data.question.answers;
  const next = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  return (
    <Answers
      connection={data.question.answers}
      question={question}
      announce={announce}
      onMore={next && isLast ? () => onMore(next) : undefined}
    />
  );
}

function Answers({
  connection,
  question,
  announce,
  onMore,
}: {
  connection: Connection;
  question: LoadedQuestion;
  announce: (message: string) => void;
  /** Shown as "Show more" after these answers when there is a next page to load. */
  onMore?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {connection.edges.map(({ node }) => (
        <li key={node.id}>
          <AnswerItem data={node} question={question} announce={announce} />
        </li>
      ))}
      {onMore && (
        <li className="answer-list__more">
          <Button className="button button--secondary" onPress={onMore}>
            {t('questions.answers.more')}
          </Button>
        </li>
      )}
    </>
  );
}
