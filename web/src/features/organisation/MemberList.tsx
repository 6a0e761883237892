// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { Empty, ErrorState, Loading } from '../../components/States';
import { getFragmentData } from '../../graphql';
import { OrganisationMemberFragment, OrganisationMembersQuery } from './documents';
import {
  currentCursor,
  firstPage,
  hasPreviousPage,
  mayChangeStatus,
  nextPage,
  previousPage,
} from './member-actions';
import { MemberStatusButton } from './MemberStatusButton';
import { Pager } from './Pager';

const PAGE_SIZE = 20;

/** The organisation's members, newest first, suspended ones included and marked. */
export function MemberList() {
  const { t, i18n } = useTranslation();
  const { member: viewer } = useSession();
  const [pages, setPages] = useState(firstPage);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrganisationMembersQuery,
    variables: { first: PAGE_SIZE, after: currentCursor(pages) },
  });
  const [message, setMessage] = useState<string | null>(null);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const connection = data?.organisationMembers;

  return (
    <section aria-labelledby="members-title" className="org-section">
      <h2 id="members-title">
        {t('organisation.members.title')}
        {connection && ` (${connection.totalCount})`}
      </h2>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      {fetching && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !connection?.edges.length ? (
        <Empty>{t('organisation.members.none')}</Empty>
      ) : (
        <ul className="org-list" aria-labelledby="members-title">
          {connection.edges.map(({ node }) => {
            const member = getFragmentData(OrganisationMemberFragment, node);
            const roles = (member.roles ?? []).filter((role) => role !== 'MEMBER');
            return (
              <li key={member.id} className="org-list__item">
                <p>
                  <strong>{member.displayName}</strong>
                  {member.status === 'SUSPENDED' && ` – ${t('organisation.members.suspended')}`}
                </p>
                <p>
                  {member.email}
                  {roles.length > 0 &&
                    ` · ${roles.map((role) => t(`organisation.role.${role}`)).join(', ')}`}
                  {' · '}
                  {t('organisation.members.since', {
                    date: format.format(new Date(member.createdAt)),
                  })}
                </p>
                {viewer && mayChangeStatus(viewer, member) && (
                  <div className="org-list__actions">
                    <MemberStatusButton member={member} onChanged={(text) => setMessage(text)} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {connection && (
        <Pager
          label={t('organisation.members.pages')}
          hasPrevious={hasPreviousPage(pages)}
          hasNext={connection.pageInfo.hasNextPage}
          onPrevious={() => setPages(previousPage)}
          onNext={() => {
            const end = connection.pageInfo.endCursor;
            if (end) setPages((p) => nextPage(p, end));
          }}
        />
      )}
    </section>
  );
}
