import '../cases/cases.css';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { Empty, ErrorState, Loading } from '../../components/States';
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
  const [params, setParams] = useSearchParams();
  const filter = membersFilterFromParams(params);
  const [message, setMessage] = useState('');
  const [{ data: orgs }] = useQuery({ query: AdminOrganisationsQuery });
  const organisations = orgs?.organisations ?? [];
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
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
          onChange={(value) => setFilter('organisation', value)}
          emptyLabel={t('admin.members.allOrganisations')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          label={t('admin.members.status')}
          value={filter.status ?? ''}
          onChange={(value) => setFilter('status', value)}
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
  const [cursors, setCursors] = useState<string[]>([]);
  const [{ data, error }, refetch] = useQuery({
    query: AdminMembersQuery,
    variables: { first: PAGE_SIZE, after: null, organisationId, status },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data)
    return (
      <ErrorState
        problem={toApiProblem(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (!data) return <Loading />;
  const total = data.members.totalCount;
  if (total === 0) return <Empty>{t('admin.members.empty')}</Empty>;
  const done = (message: string) => {
    onDone(message);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <>
      <p role="status">{t('admin.members.count', { count: total })}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t('admin.members.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.members.name')}</th>
            <th scope="col">{t('admin.members.organisation')}</th>
            <th scope="col">{t('admin.roles.label')}</th>
            <th scope="col">{t('admin.members.status')}</th>
            <th scope="col">{t('admin.members.actions')}</th>
          </tr>
        </thead>
        {[null, ...cursors].map((after, index, all) => (
          <MembersChunk
            key={after ?? 'first'}
            after={after}
            organisationId={organisationId}
            status={status}
            isLast={index === all.length - 1}
            onMore={(cursor) => setCursors([...cursors, cursor])}
            onDone={done}
          />
        ))}
      </table>
    </>
  );
}

function MembersChunk({
  after,
  organisationId,
  status,
  isLast,
  onMore,
  onDone,
}: {
  after: string | null;
  organisationId: string | null;
  status: MemberStatus | null;
  isLast: boolean;
  onMore: (cursor: string) => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: AdminMembersQuery,
    variables: { first: PAGE_SIZE, after, organisationId, status },
    requestPolicy: 'cache-and-network',
  });
  const row = (content: ReactNode) => (
    <tbody>
      <tr>
        <td colSpan={5}>{content}</td>
      </tr>
    </tbody>
  );
  if (error && !data)
    return row(
      <ErrorState
        problem={toApiProblem(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />,
    );
  if (!data) return row(<Loading />);
  const next = data.members.pageInfo.endCursor;
  return (
    <tbody>
      {data.members.edges.map(({ node }) => {
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
              <MemberActions member={member} onDone={onDone} />
            </td>
          </tr>
        );
      })}
      {isLast && data.members.pageInfo.hasNextPage && next && (
        <tr>
          <td colSpan={5}>
            <Button className="button button--secondary" onPress={() => onMore(next)}>
              {t('admin.members.more')}
            </Button>
          </td>
        </tr>
      )}
    </tbody>
  );
}
