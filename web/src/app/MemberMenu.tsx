// SPDX-License-Identifier: EUPL-1.2
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useSession } from './session';

/** The signed-in member's menu in the header: profile, account and sign-in, what I follow,
 * notification settings, sign out. */
export function MemberMenu() {
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
            if (key === 'follows') void navigate('/follows');
            if (key === 'account') void navigate('/settings/account');
            if (key === 'notifications') void navigate('/settings/notifications');
            if (key === 'security') void navigate('/settings/security');
            if (key === 'privacy') void navigate('/settings/privacy');
            if (key === 'sign-out') void signOut().then(() => navigate('/sign-in'));
          }}
        >
          <MenuItem id="profile" className="menu__item">
            {t('shell.profile')}
          </MenuItem>
          <MenuItem id="follows" className="menu__item">
            {t('shell.following')}
          </MenuItem>
          <MenuItem id="account" className="menu__item">
            {t('shell.accountSettings')}
          </MenuItem>
          <MenuItem id="notifications" className="menu__item">
            {t('shell.notificationSettings')}
          </MenuItem>
          <MenuItem id="security" className="menu__item">
            {t('shell.security')}
          </MenuItem>
          <MenuItem id="privacy" className="menu__item">
            {t('shell.privacy')}
          </MenuItem>
          <MenuItem id="sign-out" className="menu__item">
            {t('shell.signOut')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
