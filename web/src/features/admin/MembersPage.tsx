// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { PagedTable } from '../../components/PagedTable';
import { useFilterParams } from '../../components/useFilterParams';
import { getFragmentData } from '../../graphql';
import type { MemberStatus } from '../../graphql/graphql';
import { MEMBER_STATUSES, membersFilterFromParams } from './admin-filters';
import { AdminNav } from './AdminNav';
import { AdminMemberFragment, AdminMembersQuery, AdminOrganisationsQuery } from './documents';
import { InviteDialog } from './InviteDialog';
import { MemberActions } from './MemberActions';

const PAGE_SIZE = 20;

/**
 * Members for admins: filter by organisation and status (kept in the address), invite, change
 * roles, suspend and reactivate. What was done is announced in a live region.
 */
export function MembersPage() {
  const { t } = useTranslation();
  const [params, set] = useFilterParams();
  const filter = membersFilterFromParams(params);
  const [message, setMessage] = useState('');
  const [{ data: orgs }] = useQuery({ query: AdminOrganisationsQuery });
  const organisations = orgs?.organisations ?? [];
  return (
    <Page title={t('admin.members.title')}>
      <AdminNav />
      <p className="notice live" role="status">
        {message}
      </p>
      <p>
        <InviteDialog organisations={organisations} onInvited={setMessage} />
      </p>
      <form
        className="filter-bar"
        aria-label={t('admin.members.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('admin.members.organisation')}
          value={filter.organisationId ?? ''}
          onChange={(value) => set({ organisation: value })}
          emptyLabel={t('admin.members.allOrganisations')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          label={t('admin.members.status')}
          value={filter.status ?? ''}
          onChange={(value) => set({ status: value })}
          emptyLabel={t('admin.members.allStatuses')}
          options={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`admin.status.${s}`) }))}
        />
      </form>
      <MembersTable
        key={`${filter.organisationId ?? ''}:${filter.status ?? ''}`}
        organisationId={filter.organisationId}
        status={filter.status}
        onDone={setMessage}
      />
    </Page>
  );
}

function MembersTable({
  organisationId,
  status,
  onDone,
}: {
  organisationId: string | null;
  status: MemberStatus | null;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <PagedTable
      query={AdminMembersQuery}
      variables={{ organisationId, status }}
      connection={(data) => data.members}
      caption={t('admin.members.title')}
      columns={[
        t('admin.members.name'),
        t('admin.members.organisation'),
        t('admin.roles.label'),
        t('admin.members.status'),
        t('admin.members.actions'),
      ]}
      count={(count) => t('admin.members.count', { count })}
      more={t('admin.members.more')}
      empty={t('admin.members.empty')}
      pageSize={PAGE_SIZE}
      row={(node, refresh) => {
        const member = getFragmentData(AdminMemberFragment, node);
        return (
          <tr key={member.id}>
            <th scope="row">
              {member.displayName}
              <br />
              <span className="facts__hint">{member.email}</span>
            </th>
            <td>{member.organisation.name}</td>
            <td>{(member.roles ?? []).map((role) => t(`admin.role.${role}`)).join(', ')}</td>
            <td>{t(`admin.status.${member.status}`)}</td>
            <td>
              <MemberActions
                member={member}
                onDone={(message) => {
                  onDone(message);
                  refresh();
                }}
              />
            </td>
          </tr>
        );
      }}
    />
  );
}
