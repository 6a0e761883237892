// SPDX-License-Identifier: EUPL-1.2
/** What an identity provider told us about the person who signed in, once validated. */
export interface FederatedIdentity {
  provider: string;
  /** The address the member is known by (e-mail or eduPersonPrincipalName), lower-cased. */
  email: string;
  displayName: string | null;
  /** The IdP asserted a second factor (REFEDS MFA in acr/amr or AuthnContextClassRef). */
  mfa: boolean;
}

/** Claims and attributes arrive as strings or lists of strings; anything else is ignored. */
export function firstString(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() ? first.trim() : null;
}

export function stringList(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((item): item is string => typeof item === 'string');
}
