// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/States';
import { ForbiddenPage } from '../features/pages/ForbiddenPage';
import { accountDeletion } from './account-deletion';
import { hasAnyRole, type NavItem } from './navigation';
import { useSession } from './session';

/** Pages for members: visitors go to sign-in and come back here afterwards. */
export function RequireSignIn() {
  const { t } = useTranslation();
  const { status } = useSession();
  const location = useLocation();
  if (status === 'restoring') return <Loading label={t('state.restoringSession')} />;
  if (status === 'signed-out') {
    if (accountDeletion.underWay) return <Navigate to="/account-deleted" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** Pages for some roles: other members see the forbidden page (the API refuses them anyway). */
export function RequireRole({ roles, children }: { roles: NavItem['roles']; children: ReactNode }) {
  const { member } = useSession();
  return hasAnyRole(member, roles) ? children : <ForbiddenPage />;
}
