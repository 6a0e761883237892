// SPDX-License-Identifier: EUPL-1.2
// Checkbox styles, shared with the case screens.
import '../cases/cases.css';
import './notifications.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import type { NotificationKind } from '../../graphql/graphql';
import { NotificationPreferencesQuery, SetNotificationPreferenceMutation } from './documents';

/**
 * E-mail on or off per kind of notification, the digest included (in-app notifications are
 * always on). Each change is saved at once and confirmed in a polite status.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: NotificationPreferencesQuery });
  const [saveState, save] = useMutation(SetNotificationPreferenceMutation);
  const [saved, setSaved] = useState('');

  const change = async (kind: NotificationKind, email: boolean) => {
    setSaved('');
    const result = await save({ input: { kind, email } });
    if (result.error) return;
    refetch({ requestPolicy: 'network-only' });
    setSaved(
      t(email ? 'settings.notifications.savedOn' : 'settings.notifications.savedOff', {
        kind: t(`notifications.kind.${kind}`),
      }),
    );
  };

  const chosen = data?.myNotificationPreferences.filter((p) => p.email).map((p) => p.kind) ?? [];

  return (
    <Page title={t('settings.notifications.title')}>
      <p>{t('settings.notifications.intro')}</p>
      <p>
        <Link to="/follows">{t('settings.notifications.followsLink')}</Link>
      </p>
      {error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <Loading />
      ) : (
        <div className="preferences">
          <CheckboxGroup
            className="checkbox-group"
            value={chosen}
            onChange={(values) => {
              const changed = data.myNotificationPreferences.find(
                (p) => values.includes(p.kind) !== p.email,
              );
              if (changed) void change(changed.kind, !changed.email);
            }}
          >
            <Label className="field__label">{t('settings.notifications.emailLabel')}</Label>
            <Text slot="description" className="field__hint">
              {t('settings.notifications.emailHint')}
            </Text>
            {data.myNotificationPreferences.map((preference) => (
              <Checkbox key={preference.kind} value={preference.kind} className="checkbox">
                {t(`notifications.kind.${preference.kind}`)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <p role="status">{saved}</p>
          {saveState.error && (
            <p className="field__error" role="alert">
              {t(errorMessageKey(toApiProblem(saveState.error).code))}
            </p>
          )}
        </div>
      )}
    </Page>
  );
}
