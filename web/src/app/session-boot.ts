// SPDX-License-Identifier: EUPL-1.2
import type { Client } from '@urql/core';
import type { FragmentType } from '../graphql';
import type { FirstQuery } from './first-page';
import { createGraphqlClient } from './graphql-client';
import { PreloadedResults, preloadRequest, type PreloadRequest } from './preloaded-results';
import { renewAccess, renewAccessWithPreload } from './session-api';
import { MeQuery, type SessionMemberFragment } from './session-documents';
import { SessionStore, type RenewAccess } from './session-store';

type MemberData = FragmentType<typeof SessionMemberFragment>;

/** The page load's session restore: the store, its first client, and who is signed in. */
export interface SessionBoot {
  store: SessionStore;
  client: Client;
  /** Whether the refresh cookie gave an access token (the first client can then ask for pages). */
  restored: Promise<boolean>;
  /** The signed-in member from the refresh cookie, or null (no session, or it failed). */
  member: Promise<MemberData | null>;
  /** Set once `member` has settled, so the first render can start signed in without a flash. */
  settled: { member: MemberData | null } | null;
}

/** One client per store: a token the server no longer accepts sends the store to the cookie. */
export function createSessionClient(store: SessionStore, preloaded?: PreloadedResults): Client {
  return createGraphqlClient(
    store,
    () => {
      // The server no longer accepts the token (expired, revoked): try the cookie once more.
      void store.refresh();
    },
    preloaded,
  );
}

/**
 * The page load's first renewal asks the server to answer `preload` with the new token, and
 * keeps the answers for the client (preloaded-results.ts); every later renewal is plain.
 */
function renewalPreloading(preload: PreloadRequest[], preloaded: PreloadedResults): RenewAccess {
  let first = true;
  return async () => {
    if (!first) return renewAccess();
    first = false;
    const { grant, preloaded: answers } = await renewAccessWithPreload(preload);
    answers.forEach((answer, index) => {
      const request = preload[index];
      if (request) preloaded.put(request.key, answer);
    });
    return grant;
  };
}

let boot: SessionBoot | null = null;

/**
 * Starts restoring the session from the refresh cookie, once per page load, from the early
 * entry (early-boot.ts) before React has even loaded, so its round trip overlaps the rest of
 * the start-up (evaluating React, React Aria, the router; i18n; the first render) where before
 * it waited for all of it and every signed-in page waited for it (issue 12). The server answers
 * `me`, and the landing page's first query if it has one, with the refresh itself: at a page
 * load the refresh's answer waits while the app's code is evaluated, so queries sent after it
 * waited for all of that too.
 */
export function bootSession(landingQuery: FirstQuery | null = null): SessionBoot {
  if (boot) return boot;
  const preloaded = new PreloadedResults();
  const preload = [preloadRequest(MeQuery, {})];
  if (landingQuery) preload.push(preloadRequest(landingQuery.query, landingQuery.variables));
  const store = new SessionStore(renewalPreloading(preload, preloaded));
  const client = createSessionClient(store, preloaded);
  const restored = store.refresh();
  const started: SessionBoot = {
    store,
    client,
    settled: null,
    restored,
    member: restored.then(async (restored) => {
      if (!restored) return null;
      const result = await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      return result.data?.me ?? null;
    }),
  };
  void started.member.then((member) => {
    started.settled = { member };
  });
  boot = started;
  return started;
}
