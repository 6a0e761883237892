// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The admin area's parts; the current one is marked for screen readers (aria-current). */
export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav className="sub-nav" aria-label={t('admin.nav.label')}>
      <ul>
        <li>
          <NavLink to="/admin/members">{t('admin.nav.members')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/audit">{t('admin.nav.audit')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/organisations">{t('admin.nav.organisations')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/jobs">{t('admin.nav.jobs')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
