// SPDX-License-Identifier: EUPL-1.2
import type { Role } from 'src/graph/auth/role.enum';
import type { ViewerMfa } from 'src/graph/auth/viewer';

/** How long a proved second factor counts for step-up actions. */
export const STEP_UP_WINDOW_MS = 5 * 60_000;

/** Whether a member must use a second factor: one of the configured roles, or their organisation. */
export function mfaRequired(
  roles: readonly Role[],
  requiredRoles: readonly string[],
  organisationRequiresMfa: boolean,
): boolean {
  return organisationRequiresMfa || roles.some((role) => requiredRoles.includes(role));
}

/** Which second-factor rule, if any, stops this call (DOMAIN §2). */
export function secondFactorBlock(
  mfa: ViewerMfa | undefined,
  call: { exempt: boolean; stepUp: boolean },
  now: Date = new Date(),
): 'MFA_REQUIRED' | 'STEP_UP_REQUIRED' | null {
  if (!mfa) return null;
  if (mfa.required && !mfa.enrolled && !call.exempt) return 'MFA_REQUIRED';
  if (call.stepUp && mfa.enrolled && !stepUpFresh(mfa.verifiedAt, now)) return 'STEP_UP_REQUIRED';
  return null;
}

export function stepUpFresh(verifiedAt: Date | null, now: Date = new Date()): boolean {
  return verifiedAt !== null && now.getTime() - verifiedAt.getTime() <= STEP_UP_WINDOW_MS;
}
