import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { HomePage } from '../features/pages/HomePage';
import { NotFoundPage } from '../features/pages/NotFoundPage';
import { UpcomingPage } from '../features/pages/UpcomingPage';
import { AppShell } from './AppShell';
import { RequireRole, RequireSignIn } from './guards';

/**
 * Every page of the client. Routes that e-mail links to (`/invitation`, `/cases/:id`,
 * `/questions/:id`, `/settings/notifications`) must stay; features replace UpcomingPage with
 * their own page. Pages that are not a usual first page load lazily (`lazy`), which keeps the
 * first load within its 200 KB (gzip) budget.
 */
export const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      {
        path: 'invitation',
        lazy: async () => ({
          Component: (await import('../features/auth/InvitationPage')).InvitationPage,
        }),
      },
      {
        path: 'accessibility',
        lazy: async () => ({
          Component: (await import('../features/pages/AccessibilityStatementPage'))
            .AccessibilityStatementPage,
        }),
      },
      {
        element: <RequireSignIn />,
        children: [
          {
            path: 'profile',
            lazy: async () => ({
              Component: (await import('../features/profile/ProfilePage')).ProfilePage,
            }),
          },
          { path: 'search', element: <UpcomingPage title="search.title" /> },
          // Cases (officer journey)
          {
            path: 'cases',
            lazy: async () => ({
              Component: (await import('../features/cases/CaseLibraryPage')).CaseLibraryPage,
            }),
          },
          {
            path: 'cases/new',
            lazy: async () => ({
              Component: (await import('../features/cases/CaseEditorPage')).CaseEditorPage,
            }),
          },
          {
            path: 'cases/mine',
            lazy: async () => ({
              Component: (await import('../features/cases/MyCasesPage')).MyCasesPage,
            }),
          },
          {
            path: 'cases/:id',
            lazy: async () => ({
              Component: (await import('../features/cases/CasePage')).CasePage,
            }),
          },
          {
            path: 'cases/:id/edit',
            lazy: async () => ({
              Component: (await import('../features/cases/CaseEditorPage')).CaseEditorPage,
            }),
          },
          { path: 'questions', element: <UpcomingPage title="nav.questions" /> },
          { path: 'questions/:id', element: <UpcomingPage title="nav.questions" /> },
          {
            path: 'settings/security',
            lazy: async () => ({
              Component: (await import('../features/security/SecuritySettingsPage'))
                .SecuritySettingsPage,
            }),
          },
          {
            path: 'settings/notifications',
            element: <UpcomingPage title="shell.notificationSettings" />,
          },
          {
            path: 'triage',
            element: (
              <RequireRole roles={['EXPERT', 'ORG_CONTACT']}>
                <UpcomingPage title="nav.triage" />
              </RequireRole>
            ),
          },
          {
            path: 'moderation',
            element: (
              <RequireRole roles={['MODERATOR']}>
                <UpcomingPage title="nav.moderation" />
              </RequireRole>
            ),
          },
          {
            path: 'admin',
            element: (
              <RequireRole roles={['ADMIN']}>
                <UpcomingPage title="nav.admin" />
              </RequireRole>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
