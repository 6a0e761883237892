// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { ConfirmActionButton } from '../../components/ConfirmActionButton';
import { Empty, ErrorState, Loading } from '../../components/States';
import { getFragmentData } from '../../graphql';
import type { OrganisationInvitationFragment as Invitation } from '../../graphql/graphql';
import {
  OrganisationInvitationFragment,
  OrganisationInvitationsQuery,
  ResendInvitationMutation,
  RevokeInvitationMutation,
} from './documents';
import {
  currentCursor,
  firstPage,
  hasPreviousPage,
  invitationActions,
  nextPage,
  previousPage,
} from './member-actions';
import { Pager } from './Pager';

const PAGE_SIZE = 20;

/** The organisation's invitations, newest first, with resend and revoke where they apply. */
export function InvitationList() {
  const { t, i18n } = useTranslation();
  const [pages, setPages] = useState(firstPage);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrganisationInvitationsQuery,
    variables: { first: PAGE_SIZE, after: currentCursor(pages) },
  });
  const [, resend] = useMutation(ResendInvitationMutation);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const connection = data?.organisationInvitations;

  const report = (text: string, failed = false) => setMessage({ text, failed });
  async function sendAgain(invitation: Invitation) {
    const result = await resend({ input: { invitationId: invitation.id } });
    if (result.error) return report(t(errorMessageKey(toApiProblem(result.error).code)), true);
    report(t('organisation.invitations.resent', { email: invitation.email }));
  }

  return (
    <section aria-labelledby="invitations-title" className="org-section">
      <h2 id="invitations-title">
        {t('organisation.invitations.title')}
        {connection && ` (${connection.totalCount})`}
      </h2>
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
      ) : !connection?.edges.length ? (
        <Empty>{t('organisation.invitations.none')}</Empty>
      ) : (
        <ul className="org-list" aria-labelledby="invitations-title">
          {connection.edges.map(({ node }) => {
            const invitation = getFragmentData(OrganisationInvitationFragment, node);
            const actions = invitationActions(invitation.status);
            return (
              <li key={invitation.id} className="org-list__item">
                <p>
                  <strong>{invitation.email}</strong>
                </p>
                <p>
                  {t(`organisation.invitationStatus.${invitation.status}`)}
                  {' · '}
                  {t('organisation.invitations.sentOn', {
                    date: format.format(new Date(invitation.createdAt)),
                  })}
                  {invitation.status === 'PENDING' &&
                    ` · ${t('organisation.invitations.validUntil', {
                      date: format.format(new Date(invitation.expiresAt)),
                    })}`}
                </p>
                {(actions.resend || actions.revoke) && (
                  <div className="org-list__actions">
                    {actions.resend && (
                      <Button
                        className="button button--secondary"
                        aria-label={t('organisation.invitations.resendTo', {
                          email: invitation.email,
                        })}
                        onPress={() => void sendAgain(invitation)}
                      >
                        {t('organisation.invitations.resend')}
                      </Button>
                    )}
                    {actions.revoke && (
                      <RevokeInvitationButton
                        invitation={invitation}
                        onRevoked={() =>
                          report(t('organisation.invitations.revoked', { email: invitation.email }))
                        }
                      />
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {connection && (
        <Pager
          label={t('organisation.invitations.pages')}
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

/** Withdrawing an invitation kills its link for good: confirmed in a dialog first. */
function RevokeInvitationButton({
  invitation,
  onRevoked,
}: {
  invitation: Invitation;
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const [, revoke] = useMutation(RevokeInvitationMutation);
  return (
    <ConfirmActionButton
      label={t('organisation.invitations.revoke')}
      ariaLabel={t('organisation.invitations.revokeFor', { email: invitation.email })}
      title={t('organisation.invitations.revokeTitle')}
      body={t('organisation.invitations.revokeBody', { email: invitation.email })}
      confirmLabel={t('organisation.invitations.revokeConfirm')}
      cancelLabel={t('organisation.cancel')}
      action={() => revoke({ input: { invitationId: invitation.id } })}
      onDone={onRevoked}
    />
  );
}
