// SPDX-License-Identifier: EUPL-1.2
/** Session topics and the payloads they carry. */
export interface AuthEventPayloads {
  /** How many sessions the member ended (one, or all but the current). */
  'member.sessions-revoked': { count: number };
  /** A second factor was added or removed, or recovery codes were issued. */
  'member.mfa-changed': { change: MfaChange };
}

export type MfaChange =
  | 'totp-enrolled'
  | 'totp-removed'
  | 'passkey-registered'
  | 'passkey-removed'
  | 'recovery-codes-generated';
