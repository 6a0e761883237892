// SPDX-License-Identifier: EUPL-1.2
import { lazy, Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SearchBox } from './SearchBox';
import { LanguageSwitch } from './LanguageSwitch';
import { NAV_ITEMS, hasAnyRole } from './navigation';
import { useSession } from './session';

// The member menu's popover machinery is a sizeable part of React Aria; a visitor on the sign-in
// page never needs it, so it loads after the shell (with a same-looking placeholder meanwhile).
const MemberMenu = lazy(async () => ({ default: (await import('./MemberMenu')).MemberMenu }));
// The bell loads after the first page too (it brings the subscription client).
const NotificationBell = lazy(async () => ({
  default: (await import('../features/notifications/NotificationBell')).NotificationBell,
}));

/** Skip link, header (name, search, language, member menu), main navigation, content, footer. */
export function AppShell() {
  const { t } = useTranslation();
  const { member } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="header">
        <div className="header__bar">
          <Link to="/" className="header__name">
            {t('app.name')}
          </Link>
          <SearchBox />
          <LanguageSwitch />
          {member && (
            <Suspense fallback={null}>
              <NotificationBell />
            </Suspense>
          )}
          {member ? (
            <Suspense
              fallback={
                <span className="button button--quiet">
                  {t('shell.memberMenu', { name: member.displayName })}
                </span>
              }
            >
              <MemberMenu />
            </Suspense>
          ) : (
            <Link to="/sign-in">{t('shell.signIn')}</Link>
          )}
        </div>
        {member && (
          <nav className="nav" aria-label={t('shell.mainNavigation')}>
            <ul>
              {NAV_ITEMS.filter((item) => hasAnyRole(member, item.roles)).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
      <footer className="footer">
        <Link to="/accessibility">{t('shell.accessibilityStatement')}</Link>
      </footer>
    </>
  );
}
