// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery, type OperationResult } from 'urql';
import type { CompleteFederatedSignInMutation as Result } from '../../graphql/graphql';
import { CompleteFederatedSignInMutation, IdentityProvidersQuery } from './documents';

/** Why the API refused a federated sign-in (`/sign-in?federatedError=CODE`). */
const REFUSALS = [
  'UNKNOWN_PROVIDER',
  'FLOW_INVALID',
  'ASSERTION_INVALID',
  'NO_ADDRESS',
  'NO_ACCOUNT',
  'NOT_VOUCHED',
  'UNAVAILABLE',
] as const;

export type FederatedOutcome = NonNullable<Result['completeFederatedSignIn']>;

/**
 * The sign-in page's part of a federated sign-in: the IdP's return lands on /sign-in with a
 * single-use hand-off token in the fragment (never sent to a server by the browser), which is
 * redeemed once; or with `?federatedError=CODE`, which becomes a message.
 */
export function useFederatedReturn(onOutcome: (outcome: FederatedOutcome) => void): {
  redeeming: boolean;
  error: string | null;
} {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [, complete] = useMutation(CompleteFederatedSignInMutation);
  const [redeeming, setRedeeming] = useState(false);
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  const refusal = params.get('federatedError');

  useEffect(() => {
    const token = new URLSearchParams(window.location.hash.slice(1)).get('federated');
    if (!token || started.current) return;
    // Redeemed once, even under StrictMode's double effects; the fragment leaves the history.
    started.current = true;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    setRedeeming(true);
    void complete({ input: { handoffToken: token } }).then((result: OperationResult<Result>) => {
      setRedeeming(false);
      const outcome = result.data?.completeFederatedSignIn;
      if (outcome) onOutcome(outcome);
      else setFailed(true);
    });
  }, [complete, onOutcome]);

  const known = REFUSALS.find((code) => code === refusal);
  const error = failed
    ? t('signIn.federated.expired')
    : refusal
      ? t(`signIn.federated.refused.${known ?? 'UNAVAILABLE'}`)
      : null;
  return { redeeming, error };
}

/** "Logga in med …": one link per configured identity provider; nothing when there is none. */
export function FederatedSignIn({ next }: { next: string }) {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: IdentityProvidersQuery });
  const providers = data?.identityProviders ?? [];
  // The page the member was on when asked to sign in: the API keeps it through the IdP's round
  // trip and sends the browser back to /sign-in?next=… (it accepts same-origin paths only).
  const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
  if (!providers.length) return null;
  return (
    <section aria-labelledby="federated-sign-in">
      <h2 id="federated-sign-in">{t('signIn.federated.heading')}</h2>
      <ul className="federated-providers">
        {providers.map((provider) => (
          <li key={provider.id}>
            {/* A full navigation: the API sends the browser on to the identity provider. */}
            <a className="button button--secondary" href={provider.startPath + query}>
              {t('signIn.federated.with', {
                name: i18n.language.startsWith('en') ? provider.nameEn : provider.nameSv,
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
