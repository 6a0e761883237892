// SPDX-License-Identifier: EUPL-1.2
// First: restoring the session (refresh cookie, then `me`) and the landing page's first query.
// The build also loads this module as an early entry of its own (build/early-entry.ts), so they
// start before the rest of the app has arrived; here it is the same module and runs once.
import './early-boot';
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
