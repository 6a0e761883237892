// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import './questions.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { Page } from '../../components/Page';
import { Empty, ErrorState, Loading } from '../../components/States';
import { getFragmentData } from '../../graphql';
import type { TriageQueueQuery } from '../../graphql/graphql';
import { SharingLevelBadge } from '../cases/SharingLevelBadge';
import { AssignDialog } from './AssignDialog';
import { DueNote } from './DueNote';
import {
  AssignQuestionMutation,
  QuestionSummaryFragment,
  TriageQueueQuery as Queue,
} from './documents';

const PAGE_SIZE = 10;

/**
 * `/triage`: open questions directed to the expert's organisation, soonest response target first,
 * with who has taken each; take it, release it, hand it to a colleague, or answer officially.
 */
export function TriagePage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  const [cursors, setCursors] = useState<string[]>([]);
  const [{ data, error }, refetch] = useQuery({
    query: Queue,
    variables: { first: PAGE_SIZE, after: null },
    requestPolicy: 'cache-and-network',
  });
  const pages: (string | null)[] = [null, ...cursors];
  return (
    <Page title={t('questions.triage.title')}>
      <p>{t('questions.triage.intro')}</p>
      <p className="notice live" role="status">
        {notice}
      </p>
      {error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p role="status">{t('questions.triage.count', { count: data.triageQueue.totalCount })}</p>
          {data.triageQueue.totalCount === 0 ? (
            <Empty>{t('questions.triage.empty')}</Empty>
          ) : (
            <ul className="question-list">
              {pages.map((after, index) => (
                <TriageChunk
                  key={after ?? 'first'}
                  after={after}
                  isLast={index === pages.length - 1}
                  onMore={(cursor) => setCursors([...cursors, cursor])}
                  announce={setNotice}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}

function TriageChunk({
  after,
  isLast,
  onMore,
  announce,
}: {
  after: string | null;
  isLast: boolean;
  onMore: (cursor: string) => void;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: Queue,
    variables: { first: PAGE_SIZE, after },
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
  const { edges, pageInfo } = data.triageQueue;
  const next = pageInfo.endCursor;
  return (
    <>
      {edges.map(({ node }) => (
        <li key={node.id}>
          <TriageItem node={node} announce={announce} />
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

type TriageNode = TriageQueueQuery['triageQueue']['edges'][number]['node'];

function TriageItem({ node, announce }: { node: TriageNode; announce: (message: string) => void }) {
  const { t } = useTranslation();
  const { member } = useSession();
  const item = getFragmentData(QuestionSummaryFragment, node);
  const [{ fetching }, assign] = useMutation(AssignQuestionMutation);
  const [problem, setProblem] = useState('');
  const mine = node.assignedTo?.id === member?.id;

  async function setAssignee(memberId: string | null, message: string) {
    if (fetching) return;
    const result = await assign({ input: { questionId: item.id, memberId } });
    if (result.error) return setProblem(t(errorMessageKey(toApiProblem(result.error).code)));
    setProblem('');
    announce(message);
  }

  return (
    <article className={`question-item triage-item${item.overdue ? ' triage-item--overdue' : ''}`}>
      <h2 className="question-item__title">
        <Link to={`/questions/${item.id}`}>{item.title}</Link>
      </h2>
      <p className="question-item__meta">
        <DueNote responseDueOn={item.responseDueOn} overdue={item.overdue} />{' '}
        <SharingLevelBadge level={item.sharingLevel} /> <span>{item.authorLabel}</span> ·{' '}
        <span>{t('questions.item.answers', { count: item.answers.totalCount })}</span>
      </p>
      <p>
        {node.assignedTo
          ? t('questions.triage.assignedTo', {
              name: mine ? t('questions.triage.you') : node.assignedTo.displayName,
            })
          : t('questions.triage.unassigned')}
      </p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <p className="actions">
        {mine ? (
          <Button
            className="button button--secondary"
            onPress={() =>
              void setAssignee(null, t('questions.triage.released', { title: item.title }))
            }
          >
            {t('questions.triage.release')}
            <span className="visually-hidden"> – {item.title}</span>
          </Button>
        ) : (
          <Button
            className="button button--secondary"
            onPress={() =>
              void setAssignee(
                member?.id ?? null,
                t('questions.triage.taken', { title: item.title }),
              )
            }
          >
            {t('questions.triage.take')}
            <span className="visually-hidden"> – {item.title}</span>
          </Button>
        )}{' '}
        <AssignDialog
          questionId={item.id}
          title={item.title}
          currentId={node.assignedTo?.id}
          onAssigned={(name) =>
            announce(t('questions.triage.assigned', { title: item.title, name }))
          }
        />{' '}
        <Link className="button" to={`/questions/${item.id}?official=1#answer`}>
          {t('questions.triage.answer')}
          <span className="visually-hidden"> – {item.title}</span>
        </Link>
      </p>
    </article>
  );
}
