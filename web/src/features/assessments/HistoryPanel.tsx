// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Empty, ErrorState, Loading } from '../../components/States';
import { AssessmentHistoryQuery } from './documents';

const PAGE_SIZE = 10;

/**
 * What happened to the assessment, newest first: who did what and when, never the content
 * (DOMAIN §15). Paged: "show more" asks for the next page (Relay `first`/`after`).
 */
export function HistoryPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section className="assessment-panel" aria-labelledby="assessment-history">
      <h2 id="assessment-history">{t('assessments.history.heading')}</h2>
      <ol className="assessment-history">
        {cursors.map((after, index) => (
          <HistoryPage
            key={after ?? 'first'}
            id={id}
            after={after}
            isLast={index === cursors.length - 1}
            onMore={(cursor) => setCursors([...cursors, cursor])}
          />
        ))}
      </ol>
    </section>
  );
}

function HistoryPage({
  id,
  after,
  isLast,
  onMore,
}: {
  id: string;
  after: string | null;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: AssessmentHistoryQuery,
    variables: { id, first: PAGE_SIZE, after },
  });
  if (error && !data)
    return (
      <li>
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </li>
    );
  if (!data)
    return (
      <li>
        <Loading />
      </li>
    );
  const history = data.assessment?.history;
  if (!history || (after === null && history.totalCount === 0))
    return (
      <li>
        <Empty>{t('assessments.history.empty')}</Empty>
      </li>
    );
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const next = history.pageInfo.endCursor;
  return (
    <>
      {history.edges.map(({ cursor, node }) => (
        <li key={cursor} className="assessment-history__item">
          <span className="assessment-history__what">
            {t(`assessments.history.kind.${node.kind}`, { name: node.actorName })}
          </span>
          {/* The API writes the summary in English only ("3 answers changed"). */}
          {node.summary && <span lang="en"> – {node.summary}</span>}{' '}
          <time dateTime={node.at} className="assessment-history__when">
            {time.format(new Date(node.at))}
          </time>
        </li>
      ))}
      {isLast && history.pageInfo.hasNextPage && next && (
        <li>
          <Button className="button button--secondary" onPress={() => onMore(next)}>
            {t('assessments.history.more')}
          </Button>
        </li>
      )}
    </>
  );
}
