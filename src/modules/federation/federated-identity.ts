// SPDX-License-Identifier: EUPL-1.2
/** What an identity provider told us about the person who signed in, once validated. */
export interface FederatedIdentity {
  provider: string;
  /**
   * The IdP's stable name for the person (OIDC `sub`, SAML eduPersonPrincipalName by default):
   * once linked to a member, it signs in as that member whatever address comes with it.
   */
  subject: string | null;
  /**
   * Addresses to find the member or invitation by on a first sign-in, in order: the (verified)
   * e-mail, then eduPersonPrincipalName; lower-cased, without repeats. May be empty.
   */
  addresses: string[];
  /** Why `addresses` is empty (for the audit log): no claim, or an unverified e-mail. */
  addressProblem: string | null;
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

/** Lower-cased, trimmed, without blanks or repeats, in the order given. */
export function addressList(...values: (string | null)[]): string[] {
  const addresses = values
    .filter((value): value is string => !!value)
    .map((value) => value.trim().toLowerCase());
  return [...new Set(addresses)];
}
