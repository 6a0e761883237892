// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { normaliseEmail } from 'src/modules/members/members.service';

/**
 * Rate-limit keys for the sign-in limiter. `signInKey` is the key sign-in itself uses (a hashed
 * e-mail), so wrong current passwords count towards the same lock as wrong sign-ins;
 * `passwordResetKey` counts reset requests per address separately, so nobody can lock a member
 * out of signing in by asking for resets in their name.
 */
export function signInKey(email: string): string {
  return createHash('sha256').update(normaliseEmail(email)).digest('hex');
}

export function passwordResetKey(email: string): string {
  return `password-reset:${signInKey(email)}`;
}
