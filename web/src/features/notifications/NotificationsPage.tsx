// SPDX-License-Identifier: EUPL-1.2
import './notifications.css';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { NotificationsQuery as NotificationsData } from '../../graphql/graphql';
import { MarkNotificationsReadMutation, NotificationsQuery, UnreadCountQuery } from './documents';
import { notificationPath } from './notification-link';

const PAGE_SIZE = 20;
type Item = NotificationsData['notifications']['edges'][number]['node'];

/** Marking read changes unread counts and lists: both are refreshed through this type. */
const READ_CONTEXT = { additionalTypenames: ['Notification'] };

/** The notification centre: newest first, mark one or all read, open what a notification is about. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const context = useMemo(() => READ_CONTEXT, []);
  const [cursors, setCursors] = useState<string[]>([]);
  const [{ data, error }, refetch] = useQuery({
    query: NotificationsQuery,
    variables: { first: PAGE_SIZE, after: null },
    context,
  });
  const [unread] = useQuery({ query: UnreadCountQuery, context });
  const [markState, markRead] = useMutation(MarkNotificationsReadMutation);
  const unreadCount = unread.data?.unreadNotificationCount ?? 0;
  const unreadStatus = useRef<HTMLParagraphElement>(null);

  return (
    <Page title={t('notifications.title')}>
      <p className="actions">
        <Link to="/settings/notifications">{t('notifications.settingsLink')}</Link>{' '}
        <Link to="/follows">{t('notifications.followsLink')}</Link>
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
          <p role="status" tabIndex={-1} ref={unreadStatus}>
            {t('notifications.unreadCount', { count: unreadCount })}
          </p>
          {unreadCount > 0 && (
            <p>
              <Button
                className="button button--secondary"
                // Not isPending: React Aria would announce through the button after it is gone.
                onPress={() =>
                  void markRead({}, READ_CONTEXT).then((result) => {
                    // The button goes away with the unread ones: focus the count that says so.
                    if (!result.error) unreadStatus.current?.focus();
                  })
                }
              >
                {t('notifications.markAllRead')}
              </Button>
            </p>
          )}
          {markState.error && (
            <p className="field__error" role="alert">
              {t(errorMessageKey(toApiProblem(markState.error).code))}
            </p>
          )}
          {data.notifications.totalCount === 0 ? (
            <Empty>{t('notifications.empty')}</Empty>
          ) : (
            <ul className="notifications" aria-label={t('notifications.title')}>
              {[null, ...cursors].map((after, index) => (
                <NotificationChunk
                  key={after ?? 'first'}
                  after={after}
                  isLast={index === cursors.length}
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

function NotificationChunk({
  after,
  isLast,
  onMore,
}: {
  after: string | null;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation();
  const context = useMemo(() => READ_CONTEXT, []);
  const [{ data, error }, refetch] = useQuery({
    query: NotificationsQuery,
    variables: { first: PAGE_SIZE, after },
    context,
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
  const { edges, pageInfo } = data.notifications;
  const next = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  return (
    <>
      {edges.map(({ node }) => (
        <li
          key={node.id}
          className={node.read ? 'notification' : 'notification notification--unread'}
        >
          <NotificationItem item={node} />
        </li>
      ))}
      {isLast && next && (
        <li>
          <Button className="button button--secondary" onPress={() => onMore(next)}>
            {t('notifications.more')}
          </Button>
        </li>
      )}
    </>
  );
}

function NotificationItem({ item }: { item: Item }) {
  const { t, i18n } = useTranslation();
  const [markState, markRead] = useMutation(MarkNotificationsReadMutation);
  const path = notificationPath(item);
  const when = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(item.createdAt));
  return (
    <article>
      <p className="notification__meta">
        {!item.read && (
          <strong className="notification__unread">{t('notifications.unread')}</strong>
        )}{' '}
        <time dateTime={item.createdAt}>{when}</time>
      </p>
      <p className="notification__text">{item.text}</p>
      <p className="notification__actions">
        {path && (item.title || item.contentType === 'DATA_EXPORT') && (
          <Link
            to={path}
            onClick={() => {
              if (!item.read) void markRead({ ids: [item.id] }, READ_CONTEXT);
            }}
          >
            {item.title
              ? t('notifications.open', { title: item.title })
              : t('notifications.openPrivacy')}
          </Link>
        )}{' '}
        {!item.read && (
          <Button
            className="button button--quiet"
            aria-label={t('notifications.markReadName', { text: item.text })}
            onPress={() => void markRead({ ids: [item.id] }, READ_CONTEXT)}
          >
            {t('notifications.markRead')}
          </Button>
        )}
      </p>
      {markState.error && (
        <p className="field__error" role="alert">
          {t(errorMessageKey(toApiProblem(markState.error).code))}
        </p>
      )}
    </article>
  );
}
