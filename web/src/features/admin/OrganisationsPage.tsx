// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { Empty, ErrorState, Loading } from '../../components/States';
import { AdminNav } from './AdminNav';
import { AdminOrganisationsQuery } from './documents';
import { OrganisationDialog } from './OrganisationForm';

/** The member organisations: what they are called, their kind and domains; add and edit. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [{ data, error }, refetch] = useQuery({
    query: AdminOrganisationsQuery,
    requestPolicy: 'cache-and-network',
  });
  const saved = (text: string) => {
    setMessage(text);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <Page title={t('admin.organisations.title')}>
      <AdminNav />
      <p className="notice live" role="status">
        {message}
      </p>
      <p>
        <OrganisationDialog onSaved={saved} />
      </p>
      {error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <Loading />
      ) : data.organisations.length === 0 ? (
        <Empty>{t('admin.organisations.empty')}</Empty>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('admin.organisations.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.organisations.name')}</th>
              <th scope="col">{t('admin.organisations.kind')}</th>
              <th scope="col">{t('admin.organisations.emailDomains')}</th>
              <th scope="col">{t('admin.organisations.takesQuestions')}</th>
              <th scope="col">{t('admin.members.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">
                  {organisation.name}
                  {organisation.shortNames.length > 0 && ` (${organisation.shortNames.join(', ')})`}
                  <br />
                  <code>{organisation.slug}</code>
                </th>
                <td>{t(`admin.organisationKind.${organisation.kind}`)}</td>
                <td>{organisation.emailDomains.join(', ')}</td>
                <td>{t(organisation.acceptsQuestions ? 'admin.yes' : 'admin.no')}</td>
                <td>
                  <OrganisationDialog organisation={organisation} onSaved={saved} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
