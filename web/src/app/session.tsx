import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Provider as UrqlProvider, type Client } from 'urql';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../graphql';
import type { SessionMemberFragment as SessionMemberData } from '../graphql/graphql';
import { createGraphqlClient } from './graphql-client';
import { endSession, renewAccess, toGrant } from './session-api';
import { AuthPayloadFragment, MeQuery, SessionMemberFragment } from './session-documents';
import { SessionStore } from './session-store';

export type SessionMember = SessionMemberData;
export type SessionStatus = 'restoring' | 'signed-out' | 'signed-in';
/** Why the last session ended in this tab: the member signed out, or the server ended it. */
export type SessionEnd = 'signed-out' | 'expired' | null;

interface SessionValue {
  status: SessionStatus;
  member: SessionMember | null;
  ended: SessionEnd;
  /** After a sign-in mutation (login, acceptInvitation): keep the grant, show the member. */
  signedIn: (payload: FragmentType<typeof AuthPayloadFragment>) => void;
  signOut: () => Promise<void>;
  /** After the member changed their own profile. */
  memberChanged: (member: FragmentType<typeof SessionMemberFragment>) => void;
  /** The current access token, for the few requests outside GraphQL (a data export download). */
  accessToken: () => string | null;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/**
 * Holds the session for the whole app and provides the GraphQL client that carries it. On load
 * it restores the session from the refresh cookie; the member's language then becomes the UI's.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [store] = useState(() => new SessionStore(renewAccess));
  const [status, setStatus] = useState<SessionStatus>('restoring');
  const [member, setMember] = useState<SessionMember | null>(null);
  const [ended, setEnded] = useState<SessionEnd>(null);
  // A fresh client (and so an empty cache) for each member: nothing one member read may be
  // shown to the next one on this browser.
  const newClient = useCallback(
    () =>
      createGraphqlClient(store, () => {
        // The server no longer accepts the token (expired, revoked): try the cookie once more.
        void store.refresh();
      }),
    [store],
  );
  const [client, setClient] = useState<Client>(newClient);

  const showMember = useCallback(
    (data: FragmentType<typeof SessionMemberFragment>) => {
      const next = getFragmentData(SessionMemberFragment, data);
      setMember(next);
      setEnded(null);
      setStatus('signed-in');
      void i18n.changeLanguage(next.locale === 'EN' ? 'en' : 'sv');
    },
    [i18n],
  );

  useEffect(
    () =>
      store.subscribe(() => {
        if (!store.signedIn) {
          // The store lost a session it had: the server refused to renew it.
          setEnded((previous) => previous ?? 'expired');
          setMember(null);
          setStatus('signed-out');
        }
      }),
    [store],
  );

  // Restore from the cookie when the app loads, and not again when the client is replaced on
  // sign-in: that extra renewal rotated the refresh token, and a page left while it was in
  // flight lost the rotated cookie, so the next page presented a spent token and the server's
  // reuse detection ended the session. Nor when the language changes (which gives showMember
  // a new identity). So the effect depends on the store alone and reads the rest through refs.
  const clientRef = useRef(client);
  const showMemberRef = useRef(showMember);
  useEffect(() => {
    clientRef.current = client;
    showMemberRef.current = showMember;
  }, [client, showMember]);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const restored = await store.refresh();
      if (cancelled) return;
      if (!restored) return setStatus('signed-out');
      const result = await clientRef.current
        .query(MeQuery, {}, { requestPolicy: 'network-only' })
        .toPromise();
      if (cancelled) return;
      if (result.data) showMemberRef.current(result.data.me);
      else setStatus('signed-out');
    })();
    return () => {
      cancelled = true;
    };
  }, [store]);

  const value = useMemo<SessionValue>(
    () => ({
      status,
      member,
      ended,
      signedIn: (payload) => {
        const grant = getFragmentData(AuthPayloadFragment, payload);
        store.start(toGrant(grant));
        setClient(newClient());
        showMember(grant.member);
      },
      signOut: async () => {
        setEnded('signed-out');
        try {
          await endSession();
        } finally {
          store.end();
          setClient(newClient());
          setMember(null);
          setStatus('signed-out');
        }
      },
      memberChanged: showMember,
      accessToken: () => store.accessToken,
    }),
    [status, member, ended, store, showMember, newClient],
  );

  return (
    <SessionContext value={value}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext>
  );
}
