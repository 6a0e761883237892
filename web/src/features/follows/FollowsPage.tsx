// SPDX-License-Identifier: EUPL-1.2
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { FollowFrequency, MyFollowsQuery as MyFollowsData } from '../../graphql/graphql';
import {
  FollowMutation,
  FollowVocabularyQuery,
  MyFollowsQuery,
  UnfollowMutation,
} from './documents';
import { followTargetPath } from './follow-target';

type Follow = MyFollowsData['myFollows'][number];
const FREQUENCIES: readonly FollowFrequency[] = ['INSTANT', 'DAILY', 'WEEKLY'];

/** Everything the member follows: what it is, how often they hear of it, and unfollow. */
export function FollowsPage() {
  const { t } = useTranslation();
  const context = useMemo(() => ({ additionalTypenames: ['Follow'] }), []);
  const [{ data, error }, refetch] = useQuery({ query: MyFollowsQuery, context });
  const [vocabulary] = useQuery({ query: FollowVocabularyQuery });
  const [announcement, setAnnouncement] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);

  return (
    <Page title={t('follows.title')}>
      <p>{t('follows.intro')}</p>
      <p>
        <Link to="/settings/notifications">{t('follows.settingsLink')}</Link>
      </p>
      <h2 ref={listHeading} tabIndex={-1} id="follows-list-title">
        {t('follows.listTitle')}
      </h2>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <Loading />
      ) : data.myFollows.length === 0 ? (
        <Empty>{t('follows.empty')}</Empty>
      ) : (
        <ul className="follows" aria-labelledby="follows-list-title">
          {data.myFollows.map((follow) => (
            <li key={follow.id} className="follows__item">
              <FollowRow
                follow={follow}
                names={vocabulary.data}
                onUnfollowed={(name) => {
                  setAnnouncement(t('follow.unfollowed', { name }));
                  refetch({ requestPolicy: 'network-only' });
                  // The row is gone: keep the keyboard user in the list rather than at the top.
                  listHeading.current?.focus();
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

function FollowRow({
  follow,
  names,
  onUnfollowed,
}: {
  follow: Follow;
  names:
    | { topics: { id: string; name: string }[]; countries: { code: string; name: string }[] }
    | undefined;
  onUnfollowed: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [frequencyState, setFrequency] = useMutation(FollowMutation);
  const [unfollowState, unfollow] = useMutation(UnfollowMutation);
  // Through the access policy, in one load for the whole list: null when no longer readable.
  const itemTitle = follow.title;
  const isItem =
    follow.targetType === 'CASE' ||
    follow.targetType === 'QUESTION' ||
    follow.targetType === 'GUIDELINE';
  const targetName =
    follow.targetType === 'TOPIC'
      ? names?.topics.find((topic) => topic.id === follow.targetId)?.name
      : follow.targetType === 'COUNTRY'
        ? names?.countries.find((country) => country.code === follow.targetId)?.name
        : (itemTitle ?? undefined);
  const path = itemTitle ? followTargetPath(follow.targetType, follow.targetId) : null;
  const error = frequencyState.error ?? unfollowState.error;
  const selectId = `frequency-${follow.id}`;
  const label = targetName ?? t(`follows.type.${follow.targetType}`);

  return (
    <>
      <p className="follows__type">{t(`follows.type.${follow.targetType}`)}</p>
      <p className="follows__name">
        {path && targetName ? (
          <Link to={path}>{targetName}</Link>
        ) : isItem ? (
          t('follows.unavailable')
        ) : (
          (targetName ?? follow.targetId)
        )}
      </p>
      <p className="follows__controls">
        <label htmlFor={selectId}>{t('follows.frequencyLabel', { name: label })}</label>{' '}
        <select
          id={selectId}
          value={follow.frequency}
          onChange={(event) =>
            void setFrequency({
              input: {
                targetType: follow.targetType,
                targetId: follow.targetId,
                frequency: event.target.value as FollowFrequency,
              },
            })
          }
        >
          {FREQUENCIES.map((frequency) => (
            <option key={frequency} value={frequency}>
              {t(`follows.frequency.${frequency}`)}
            </option>
          ))}
        </select>{' '}
        <Button
          className="button button--secondary"
          aria-label={t('follow.unfollowName', { name: label })}
          onPress={() =>
            void unfollow({
              input: { targetType: follow.targetType, targetId: follow.targetId },
            }).then((result) => {
              if (!result.error) onUnfollowed(label);
            })
          }
        >
          {t('follow.unfollow')}
        </Button>
      </p>
      {error && (
        <p className="field__error" role="alert">
          {t(errorMessageKey(toApiProblem(error).code))}
        </p>
      )}
    </>
  );
}
