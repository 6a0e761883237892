// SPDX-License-Identifier: EUPL-1.2
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, toApiProblem } from '../app/errors';
import { FollowMutation, MyFollowsQuery, UnfollowMutation } from '../features/follows/documents';
import { followKey } from '../features/follows/follow-target';
import type { FollowTargetType } from '../graphql/graphql';

interface FollowButtonProps {
  targetType: FollowTargetType;
  /** A topic id, a country code, a case or question id. */
  targetId: string;
  /** What is followed, in the viewer's language: part of the button's accessible name. */
  name: string;
}

/**
 * Follow or stop following a topic, country, case or question. Following sends a notification
 * for each new item (INSTANT); the follows page changes that to a digest. The button says what
 * it does next, and a polite status says what just happened.
 */
export function FollowButton({ targetType, targetId, name }: FollowButtonProps) {
  const { t } = useTranslation();
  // An empty list holds no Follow object, so urql is told which type to watch for.
  const context = useMemo(() => ({ additionalTypenames: ['Follow'] }), []);
  const [{ data, fetching }, refetch] = useQuery({ query: MyFollowsQuery, context });
  const [followState, follow] = useMutation(FollowMutation);
  const [unfollowState, unfollow] = useMutation(UnfollowMutation);
  const [announcement, setAnnouncement] = useState('');
  const key = followKey(targetType, targetId);
  const following = data?.myFollows.some((f) => followKey(f.targetType, f.targetId) === key);
  const busy = fetching || followState.fetching || unfollowState.fetching;
  const error = followState.error ?? unfollowState.error;

  const toggle = async () => {
    const input = { targetType, targetId };
    const result = following
      ? await unfollow({ input })
      : await follow({ input: { ...input, frequency: 'INSTANT' } });
    if (result.error) return;
    refetch({ requestPolicy: 'network-only' });
    setAnnouncement(t(following ? 'follow.unfollowed' : 'follow.followed', { name }));
  };

  return (
    <span className="follow">
      <Button
        className={following ? 'button button--secondary' : 'button'}
        // Neither pending nor disabled while the change is saved: disabled would drop keyboard
        // focus, and React Aria's pending announcement (a live region labelled by the button)
        // outlives the button when the page changes, which fails axe. A press meanwhile is
        // ignored; the status below says when it is done.
        isDisabled={!data}
        aria-busy={busy || undefined}
        onPress={() => {
          if (!busy) void toggle();
        }}
        aria-label={t(following ? 'follow.unfollowName' : 'follow.followName', { name })}
      >
        {t(following ? 'follow.unfollow' : 'follow.follow')}
      </Button>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      {error && (
        <span className="follow__error" role="alert">
          {t(errorMessageKey(toApiProblem(error).code))}
        </span>
      )}
    </span>
  );
}
