// SPDX-License-Identifier: EUPL-1.2
import type { Client } from 'urql';
import type { FragmentType } from '../graphql';
import { createGraphqlClient } from './graphql-client';
import { renewAccess } from './session-api';
import { MeQuery, type SessionMemberFragment } from './session-documents';
import { SessionStore } from './session-store';

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
export function createSessionClient(store: SessionStore): Client {
  return createGraphqlClient(store, () => {
    // The server no longer accepts the token (expired, revoked): try the cookie once more.
    void store.refresh();
  });
}

let boot: SessionBoot | null = null;

/**
 * Starts restoring the session from the refresh cookie, once per page load. It runs when this
 * module loads, not when React first renders: the refresh and `me` round trips then overlap the
 * rest of the start-up (evaluating React, React Aria, the router; i18n; the first render), where
 * before they waited for all of it and every signed-in page waited for them (issue 12).
 */
export function bootSession(): SessionBoot {
  if (boot) return boot;
  const store = new SessionStore(renewAccess);
  const client = createSessionClient(store);
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

bootSession();
