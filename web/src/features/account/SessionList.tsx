// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { Empty, ErrorState, Loading } from '../../components/States';
import { deviceName } from './device-name';
import { MySessionsQuery, RevokeOtherSessionsMutation, RevokeSessionMutation } from './documents';

const REFRESH = { additionalTypenames: ['AuthSession'] };

/** Where the member is signed in, most recently used first; any other device can be signed out. */
export function SessionList() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MySessionsQuery });
  const [, revoke] = useMutation(RevokeSessionMutation);
  const [, revokeOthers] = useMutation(RevokeOtherSessionsMutation);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((s) => !s.current);

  async function end(id: string, device: string) {
    const result = await revoke({ id }, REFRESH);
    setMessage(
      result.error
        ? { text: t(errorMessageKey(toApiProblem(result.error).code)), failed: true }
        : { text: t('account.sessions.ended', { device }), failed: false },
    );
  }

  async function endOthers() {
    const result = await revokeOthers({}, REFRESH);
    setMessage(
      result.error
        ? { text: t(errorMessageKey(toApiProblem(result.error).code)), failed: true }
        : {
            text: t('account.sessions.othersEnded', {
              count: result.data?.revokeOtherSessions ?? 0,
            }),
            failed: false,
          },
    );
  }

  return (
    <section aria-labelledby="sessions-title" className="account-section">
      <h2 id="sessions-title">{t('account.sessions.title')}</h2>
      <p>{t('account.sessions.intro')}</p>
      {message && (
        <p role={message.failed ? 'alert' : 'status'} className="notice">
          {message.text}
        </p>
      )}
      {fetching && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : sessions.length === 0 ? (
        <Empty>{t('account.sessions.none')}</Empty>
      ) : (
        <>
          <ul className="session-list">
            {sessions.map((session) => {
              const device = deviceName(session, t);
              return (
                <li key={session.id} className="session-list__item">
                  <p className="session-list__device">
                    <strong>{device}</strong>
                    {session.current && <> ({t('account.sessions.thisDevice')})</>}
                  </p>
                  <p>
                    {t('account.sessions.lastUsed', {
                      date: format.format(new Date(session.lastUsedAt)),
                    })}
                    {' · '}
                    {t('account.sessions.signedInAt', {
                      date: format.format(new Date(session.createdAt)),
                    })}
                  </p>
                  {!session.current && (
                    <Button
                      className="button button--secondary"
                      aria-label={t('account.sessions.endOne', {
                        device,
                        date: format.format(new Date(session.lastUsedAt)),
                      })}
                      onPress={() => void end(session.id, device)}
                    >
                      {t('account.sessions.end')}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
          {others.length > 1 && (
            <Button className="button button--warning" onPress={() => void endOthers()}>
              {t('account.sessions.endOthers')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
