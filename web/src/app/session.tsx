// SPDX-License-Identifier: EUPL-1.2
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
import { bootSession, createSessionClient } from './session-boot';
import { endSession, toGrant } from './session-api';
import { AuthPayloadFragment, SessionMemberFragment } from './session-documents';

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
 * Holds the session for the whole app and provides the GraphQL client that carries it. The
 * page load's restore from the refresh cookie started before React (session-boot.ts); when it
 * has already settled the first render shows the member at once. The member's language then
 * becomes the UI's.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [boot] = useState(bootSession);
  const { store } = boot;
  const [status, setStatus] = useState<SessionStatus>(() =>
    boot.settled ? (boot.settled.member ? 'signed-in' : 'signed-out') : 'restoring',
  );
  const [member, setMember] = useState<SessionMember | null>(() =>
    boot.settled?.member ? getFragmentData(SessionMemberFragment, boot.settled.member) : null,
  );
  const [ended, setEnded] = useState<SessionEnd>(null);
  // A fresh client (and so an empty cache) for each member: nothing one member read may be
  // shown to the next one on this browser.
  const newClient = useCallback(() => createSessionClient(store), [store]);
  const [client, setClient] = useState<Client>(boot.client);

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

  // The restore happens once per page load (session-boot.ts), never again when the client is
  // replaced on sign-in: that extra renewal rotated the refresh token, and a page left while it
  // was in flight lost the rotated cookie, so the next page presented a spent token and the
  // server's reuse detection ended the session. Nor when the language changes (which gives
  // showMember a new identity). So the effect depends on the boot alone and reads the rest
  // through a ref.
  const showMemberRef = useRef(showMember);
  useEffect(() => {
    showMemberRef.current = showMember;
  }, [showMember]);
  useEffect(() => {
    let cancelled = false;
    void boot.member.then((restored) => {
      if (cancelled) return;
      // Shown already (first render after the restore settled) or signed in meanwhile.
      if (restored) showMemberRef.current(restored);
      else setStatus((previous) => (previous === 'restoring' ? 'signed-out' : previous));
    });
    return () => {
      cancelled = true;
    };
  }, [boot]);

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
