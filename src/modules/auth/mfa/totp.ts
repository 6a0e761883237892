// SPDX-License-Identifier: EUPL-1.2
import { generateSecret, generateURI, verifySync } from 'otplib';

/** RFC 6238 with the parameters every authenticator app understands: SHA-1, 6 digits, 30 s. */
const PERIOD_SECONDS = 30;
/** One step either side: a code typed as it turns over, or a phone clock a little off. */
const TOLERANCE_SECONDS = PERIOD_SECONDS;

export const TOTP_ISSUER = 'Samråd';

/** A new base32 secret (160 bits, RFC 4226's recommendation). */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountName: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountName, secret });
}

/**
 * The time step of a valid code, or null. A code of the step last used, or any earlier step, is
 * refused, so a code seen over someone's shoulder cannot be used a second time.
 */
export function acceptedTimeStep(
  secret: string,
  code: string,
  lastTimeStep: number | null,
  now: Date = new Date(),
): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = verifySync({
    secret,
    token,
    period: PERIOD_SECONDS,
    epochTolerance: TOLERANCE_SECONDS,
    epoch: Math.floor(now.getTime() / 1000),
    ...(lastTimeStep !== null ? { afterTimeStep: lastTimeStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
