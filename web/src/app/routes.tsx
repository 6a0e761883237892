// SPDX-License-Identifier: EUPL-1.2
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { HomePage } from '../features/pages/HomePage';
import { NotFoundPage } from '../features/pages/NotFoundPage';
import { AccountDeletedPage } from '../features/privacy/AccountDeletedPage';
import { AppShell } from './AppShell';
import { LANDING_PAGES } from './landing-page';
import { RequireRole, RequireSignIn } from './guards';
import { EDITOR_ROLES, INSIGHT_ROLES, REVIEWER_ROLES } from './navigation';

/**
 * Every page of the client. Routes that e-mail links to (`/invitation`, `/reset-password`,
 * `/confirm-email`, `/cases/:id`, `/questions/:id`, `/settings/notifications`) must stay. Pages that are not a usual first page load lazily (`lazy`), which keeps the
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
        path: 'reset-password',
        lazy: async () => ({
          Component: (await import('../features/account/ResetPasswordPage')).ResetPasswordPage,
        }),
      },
      {
        path: 'confirm-email',
        lazy: async () => ({
          Component: (await import('../features/account/ConfirmEmailPage')).ConfirmEmailPage,
        }),
      },
      // Not lazy: the deletion navigates here as its session ends, and a route still loading
      // would lose that race to the sign-in guard of the page it leaves.
      { path: 'account-deleted', element: <AccountDeletedPage /> },
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
          {
            path: 'search',
            lazy: async () => ({
              Component: (await LANDING_PAGES['/search'].load()).SearchPage,
            }),
          },
          // Following and notifications
          {
            path: 'follows',
            lazy: async () => ({
              Component: (await import('../features/follows/FollowsPage')).FollowsPage,
            }),
          },
          {
            path: 'notifications',
            lazy: async () => ({
              Component: (await import('../features/notifications/NotificationsPage'))
                .NotificationsPage,
            }),
          },
          {
            path: 'settings/account',
            lazy: async () => ({
              Component: (await import('../features/account/AccountSettingsPage'))
                .AccountSettingsPage,
            }),
          },
          {
            path: 'organisation',
            lazy: async () => {
              const { OrganisationPage } =
                await import('../features/organisation/OrganisationPage');
              return {
                Component: () => (
                  <RequireRole roles={['ORG_CONTACT', 'ADMIN']}>
                    <OrganisationPage />
                  </RequireRole>
                ),
              };
            },
          },
          // Guideline library (DOMAIN §13)
          {
            path: 'guidelines',
            lazy: async () => ({
              Component: (await import('../features/guidelines/GuidelineLibraryPage'))
                .GuidelineLibraryPage,
            }),
          },
          {
            // The editor's two routes share one page and one role rule.
            element: (
              <RequireRole roles={EDITOR_ROLES}>
                <Outlet />
              </RequireRole>
            ),
            children: ['guidelines/new', 'guidelines/:ref/edit'].map((path) => ({
              path,
              lazy: async () => ({
                Component: (await import('../features/guidelines/GuidelineEditorPage'))
                  .GuidelineEditorPage,
              }),
            })),
          },
          {
            path: 'guidelines/:ref',
            lazy: async () => ({
              Component: (await import('../features/guidelines/GuidelinePage')).GuidelinePage,
            }),
          },
          {
            path: 'guidelines/:ref/diff',
            lazy: async () => ({
              Component: (await import('../features/guidelines/GuidelineDiffPage'))
                .GuidelineDiffPage,
            }),
          },
          // Self-assessments (DOMAIN §15): readable by their owner and colleagues only
          {
            path: 'assessments',
            lazy: async () => ({
              Component: (await import('../features/assessments/AssessmentsPage')).AssessmentsPage,
            }),
          },
          {
            path: 'assessments/new',
            lazy: async () => ({
              Component: (await import('../features/assessments/NewAssessmentPage'))
                .NewAssessmentPage,
            }),
          },
          {
            path: 'assessments/:id',
            lazy: async () => ({
              Component: (await import('../features/assessments/AssessmentPage')).AssessmentPage,
            }),
          },
          {
            path: 'assessments/:id/print',
            lazy: async () => ({
              Component: (await import('../features/assessments/PrintAssessmentPage'))
                .PrintAssessmentPage,
            }),
          },
          // Cases (officer journey)
          {
            path: 'cases',
            lazy: async () => ({
              Component: (await LANDING_PAGES['/cases'].load()).CaseLibraryPage,
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
          {
            path: 'settings/privacy',
            lazy: async () => ({
              Component: (await import('../features/privacy/PrivacySettingsPage'))
                .PrivacySettingsPage,
            }),
          },
          {
            path: 'settings/security',
            lazy: async () => ({
              Component: (await import('../features/security/SecuritySettingsPage'))
                .SecuritySettingsPage,
            }),
          },
          // Questions (asking and answering)
          {
            path: 'questions',
            lazy: async () => ({
              Component: (await import('../features/questions/QuestionsPage')).QuestionsPage,
            }),
          },
          {
            path: 'questions/new',
            lazy: async () => ({
              Component: (await import('../features/questions/AskQuestionPage')).AskQuestionPage,
            }),
          },
          {
            path: 'questions/:id',
            lazy: async () => ({
              Component: (await import('../features/questions/QuestionPage')).QuestionPage,
            }),
          },
          {
            path: 'questions/:id/edit',
            lazy: async () => ({
              Component: (await import('../features/questions/EditQuestionPage')).EditQuestionPage,
            }),
          },
          {
            path: 'settings/notifications',
            lazy: async () => ({
              Component: (await import('../features/notifications/NotificationSettingsPage'))
                .NotificationSettingsPage,
            }),
          },
          {
            // The API opens the triage queue to experts only (DOMAIN §1: EXPERT "see and assign
            // its triageQueue"); an organisation contact without the role would only be refused.
            path: 'triage',
            element: (
              <RequireRole roles={['EXPERT']}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/questions/TriagePage')).TriagePage,
                }),
              },
            ],
          },
          {
            path: 'moderation',
            element: (
              <RequireRole roles={REVIEWER_ROLES}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/moderation/ModerationQueuePage'))
                    .ModerationQueuePage,
                }),
              },
              {
                path: ':type/:id',
                lazy: async () => ({
                  Component: (await import('../features/moderation/ModerationItemPage'))
                    .ModerationItemPage,
                }),
              },
            ],
          },
          {
            path: 'insight',
            element: (
              <RequireRole roles={INSIGHT_ROLES}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/insight/InsightPage')).InsightPage,
                }),
              },
            ],
          },
          {
            path: 'admin',
            element: (
              <RequireRole roles={['ADMIN']}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { index: true, element: <Navigate to="/admin/members" replace /> },
              {
                path: 'members',
                lazy: async () => ({
                  Component: (await import('../features/admin/MembersPage')).MembersPage,
                }),
              },
              {
                path: 'audit',
                lazy: async () => ({
                  Component: (await import('../features/admin/AuditLogPage')).AuditLogPage,
                }),
              },
              {
                path: 'organisations',
                lazy: async () => ({
                  Component: (await import('../features/admin/OrganisationsPage'))
                    .OrganisationsPage,
                }),
              },
              {
                path: 'jobs',
                lazy: async () => ({
                  Component: (await import('../features/admin/JobsPage')).JobsPage,
                }),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
