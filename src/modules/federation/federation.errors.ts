// SPDX-License-Identifier: EUPL-1.2
/**
 * Why a federated sign-in was refused. The code travels to the sign-in page
 * (`/sign-in?federatedError=CODE`), which shows the message for it; never a stack trace.
 */
export enum FederationRefusal {
  /** No identity provider has this id (or it is of the other kind). */
  UNKNOWN_PROVIDER = 'UNKNOWN_PROVIDER',
  /** The return did not match the start: state, nonce, PKCE, request id or browser cookie. */
  FLOW_INVALID = 'FLOW_INVALID',
  /** The IdP's answer failed validation (signature, audience, lifetime, an IdP error). */
  ASSERTION_INVALID = 'ASSERTION_INVALID',
  /** The answer carried no (verified) address to know the member by. */
  NO_ADDRESS = 'NO_ADDRESS',
  /** No member or invitation for the address, and self-registration is not allowed. */
  NO_ACCOUNT = 'NO_ACCOUNT',
  /** The member belongs to an organisation this IdP does not vouch for, or is not active. */
  NOT_VOUCHED = 'NOT_VOUCHED',
}

export class FederationRefusedError extends Error {
  constructor(
    readonly refusal: FederationRefusal,
    readonly detail: string,
    readonly memberId: string | null = null,
  ) {
    super(`Federated sign-in refused: ${refusal} (${detail})`);
    this.name = FederationRefusedError.name;
  }
}

export const refuse = (refusal: FederationRefusal, detail: string, memberId?: string | null) =>
  new FederationRefusedError(refusal, detail, memberId ?? null);
