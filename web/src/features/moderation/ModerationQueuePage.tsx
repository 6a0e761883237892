// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { Empty, ErrorState, Loading } from '../../components/States';
import { getFragmentData, type FragmentType } from '../../graphql';
import { SharingLevelBadge } from '../cases/SharingLevelBadge';
import { ModerationQueueQuery, ModerationSummaryFragment } from './documents';
import { itemPath } from './item-path';

const PAGE_SIZE = 10;

/**
 * The reviewer's queue, oldest first: community submissions waiting for a decision and flagged
 * items at every level. Items the reviewer may not read show metadata only (the API leaves their
 * title out); each row links to the item's page where the decisions are.
 */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  const state = useLocation().state as { decided?: string } | null;
  const [cursors, setCursors] = useState<string[]>([]);
  const [{ data, error }, refetch] = useQuery({
    query: ModerationQueueQuery,
    variables: { first: PAGE_SIZE, after: null },
    requestPolicy: 'cache-and-network',
  });
  return (
    <Page title={t('moderation.queue.title')}>
      <p className="notice live" role="status">
        {state?.decided ?? ''}
      </p>
      <p>{t('moderation.queue.intro')}</p>
      {error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p role="status">
            {t('moderation.queue.count', { count: data.moderationQueue.totalCount })}
          </p>
          {data.moderationQueue.totalCount === 0 ? (
            <Empty>{t('moderation.queue.empty')}</Empty>
          ) : (
            <ul className="case-list">
              {[null, ...cursors].map((after, index, all) => (
                <QueueChunk
                  key={after ?? 'first'}
                  after={after}
                  isLast={index === all.length - 1}
                  onMore={(cursor) => setCursors([...cursors, cursor])}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}

function QueueChunk({
  after,
  isLast,
  onMore,
}: {
  after: string | null;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: ModerationQueueQuery,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
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
  const { edges, pageInfo } = data.moderationQueue;
  const next = pageInfo.endCursor;
  return (
    <>
      {edges.map(({ node }) => (
        <li key={`${node.contentType}:${node.contentId}`}>
          <QueueItem data={node} />
        </li>
      ))}
      {isLast && pageInfo.hasNextPage && next && (
        <li className="case-list__more">
          <Button className="button button--secondary" onPress={() => onMore(next)}>
            {t('moderation.queue.more')}
          </Button>
        </li>
      )}
    </>
  );
}

function QueueItem({ data }: { data: FragmentType<typeof ModerationSummaryFragment> }) {
  const { t, i18n } = useTranslation();
  const item = getFragmentData(ModerationSummaryFragment, data);
  const kind = t(`moderation.contentType.${item.contentType}`);
  const name = item.contentReadable
    ? (item.title ?? kind)
    : t('moderation.metadataOnlyTitle', { kind, level: t(`cases.level.${item.sharingLevel}`) });
  const when = item.queuedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(item.queuedAt),
      )
    : null;
  return (
    <article className="case-item">
      <h2 className="case-item__title">
        <Link to={itemPath(item.contentType, item.contentId)}>{name}</Link>
      </h2>
      <p className="case-item__meta">
        <span>{kind}</span> · <SharingLevelBadge level={item.sharingLevel} /> ·{' '}
        <span>{t(`moderation.status.${item.status}`, { defaultValue: item.status })}</span>
        {item.hidden && <> · {t('moderation.hidden')}</>}
      </p>
      <p>
        {item.queueReason && t(`moderation.queueReason.${item.queueReason}`)}
        {when && <> · {t('moderation.queue.since', { when })}</>}
        {item.openFlagCount > 0 && (
          <>
            {' · '}
            {t('moderation.flags.count', { count: item.openFlagCount })}:{' '}
            {item.flagReasonCounts
              .map((r) => `${t(`flag.reasons.${r.reason}`)} (${r.count})`)
              .join(', ')}
          </>
        )}
      </p>
      {!item.contentReadable && <p className="facts__hint">{t('moderation.metadataOnly')}</p>}
    </article>
  );
}
