// SPDX-License-Identifier: EUPL-1.2
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { NotificationAddedSubscription, UnreadCountQuery } from './documents';

/**
 * The bell in the header: a link to the notification centre with the unread count, kept current
 * over graphql-ws (`notificationAdded`) without a reload. A new notification is announced
 * politely, so screen-reader users hear it too.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  // Marking notifications read (a mutation returning a number) names this type to refresh it.
  const context = useMemo(() => ({ additionalTypenames: ['Notification'] }), []);
  const [{ data }, refetch] = useQuery({ query: UnreadCountQuery, context });
  const [announcement, setAnnouncement] = useState('');
  useSubscription({ query: NotificationAddedSubscription }, (_previous, event) => {
    setAnnouncement(t('notifications.arrived', { text: event.notificationAdded.text }));
    refetch({ requestPolicy: 'network-only' });
    return event;
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <>
      <NavLink
        to="/notifications"
        className="bell"
        aria-label={t('notifications.bellName', { count })}
      >
        <span>{t('notifications.bell')}</span>
        {count > 0 && <span className="bell__count">{count}</span>}
      </NavLink>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </>
  );
}
