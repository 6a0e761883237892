// SPDX-License-Identifier: EUPL-1.2
// The page load's first entry (build/early-entry.ts loads it `async`, before main.tsx): the
// session restore, with the landing page's first query preloaded beside it, starts as soon as
// this small module graph has arrived, while React, React Aria and the router are still
// loading (issue 12, LCP).
import { landingQuery, startLandingPage } from './app/landing-page';
import { bootSession } from './app/session-boot';

const url = new URL(location.href);
startLandingPage(bootSession(landingQuery(url)), url);
