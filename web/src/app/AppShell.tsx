import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { SearchBox } from './SearchBox';
import { LanguageSwitch } from './LanguageSwitch';
import { NAV_ITEMS, hasAnyRole } from './navigation';
import { useSession } from './session';

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
          {member ? <MemberMenu /> : <Link to="/sign-in">{t('shell.signIn')}</Link>}
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

function MemberMenu() {
  const { t } = useTranslation();
  const { member, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <MenuTrigger>
      <Button className="button button--quiet">
        {t('shell.memberMenu', { name: member?.displayName ?? '' })}
      </Button>
      <Popover className="popover">
        <Menu
          className="menu"
          onAction={(key) => {
            if (key === 'profile') void navigate('/profile');
            if (key === 'notifications') void navigate('/settings/notifications');
            if (key === 'sign-out') void signOut().then(() => navigate('/sign-in'));
          }}
        >
          <MenuItem id="profile" className="menu__item">
            {t('shell.profile')}
          </MenuItem>
          <MenuItem id="notifications" className="menu__item">
            {t('shell.notificationSettings')}
          </MenuItem>
          <MenuItem id="sign-out" className="menu__item">
            {t('shell.signOut')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
