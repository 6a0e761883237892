// SPDX-License-Identifier: EUPL-1.2
// First: restoring the session (refresh cookie, then `me`) starts as this module loads, so its
// round trips overlap the rest of the start-up instead of following it (issue 12).
import './app/session-boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AriaLocale } from './app/AriaLocale';
import { router } from './app/routes';
import { SessionProvider } from './app/session';
import { initI18n } from './i18n/i18n';
import './styles.css';

await initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AriaLocale>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </AriaLocale>
  </StrictMode>,
);
