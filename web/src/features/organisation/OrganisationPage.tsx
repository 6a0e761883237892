// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import './organisation.css';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { Page } from '../../components/Page';
import { InvitationList } from './InvitationList';
import { InviteForm } from './InviteForm';
import { MemberList } from './MemberList';

/** For organisation contacts: who from their organisation is on Samråd, and who is invited. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { member } = useSession();
  if (!member) return null;
  return (
    <Page title={t('organisation.title', { name: member.organisation.name })}>
      <p>{t('organisation.intro')}</p>
      <InviteForm organisationId={member.organisation.id} />
      <InvitationList />
      <MemberList />
    </Page>
  );
}
