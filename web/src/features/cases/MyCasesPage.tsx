// SPDX-License-Identifier: EUPL-1.2
import './cases.css';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Page } from '../../components/Page';
import type { CaseStatus } from '../../graphql/graphql';
import { CaseList } from './CaseList';
import { EDITABLE_STATUSES } from './editable';

const SENT: CaseStatus[] = ['SUBMITTED', 'PUBLISHED', 'ARCHIVED'];

/** The author's own cases: drafts and what came back (to the editor), and what was sent. */
export function MyCasesPage() {
  const { t } = useTranslation();
  const state = useLocation().state as { submitted?: string; deleted?: string } | null;
  return (
    <Page title={t('cases.mine.title')}>
      <p className="notice live" role="status">
        {state?.submitted
          ? t('cases.mine.submitted', { title: state.submitted })
          : state?.deleted
            ? t('cases.mine.deleted', { title: state.deleted })
            : ''}
      </p>
      <p>
        <Link className="button" to="/cases/new">
          {t('cases.library.newCase')}
        </Link>
      </p>
      <section aria-labelledby="mine-drafts">
        <h2 id="mine-drafts">{t('cases.mine.drafts')}</h2>
        <CaseList
          filter={{ mine: true, statuses: [...EDITABLE_STATUSES] }}
          empty={t('cases.mine.noDrafts')}
          linkTo={(id) => `/cases/${id}/edit`}
          showStatus
        />
      </section>
      <section aria-labelledby="mine-sent">
        <h2 id="mine-sent">{t('cases.mine.sent')}</h2>
        <CaseList
          filter={{ mine: true, statuses: SENT }}
          empty={t('cases.mine.noneSent')}
          showStatus
        />
      </section>
    </Page>
  );
}
