// SPDX-License-Identifier: EUPL-1.2
/** What a single-use account token is for, and how long it lives. */
export enum AccountTokenPurpose {
  /** "Forgot my password": mailed, 1 hour. */
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** The first password of an admin created by `npm run admin:create`: printed, 24 hours. */
  ACCOUNT_SETUP = 'ACCOUNT_SETUP',
  /** Confirms a new e-mail address: mailed to that address, 24 hours. */
  EMAIL_CHANGE = 'EMAIL_CHANGE',
}

export const ACCOUNT_TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  [AccountTokenPurpose.PASSWORD_RESET]: 60 * 60 * 1000,
  [AccountTokenPurpose.ACCOUNT_SETUP]: 24 * 60 * 60 * 1000,
  [AccountTokenPurpose.EMAIL_CHANGE]: 24 * 60 * 60 * 1000,
};
