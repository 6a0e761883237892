// SPDX-License-Identifier: EUPL-1.2
import type { Role } from 'src/graph/auth/role.enum';

/** The signed-in member a request acts for. Visitors have no viewer (`null`). */
export interface Viewer {
  memberId: string;
  sessionId: string;
  organisationId: string;
  roles: readonly Role[];
  locale: 'SV' | 'EN';
  /** The member's second factors, as the guard needs them; absent for viewers built in-process. */
  mfa?: ViewerMfa;
}

/** What the access guard knows of a viewer's second factor (DOMAIN §2, multi-factor). */
export interface ViewerMfa {
  /** A confirmed authenticator app or at least one passkey. */
  enrolled: boolean;
  /** The member's roles (MFA_REQUIRED_ROLES) or organisation require a second factor. */
  required: boolean;
  /** When this session last proved a second factor (sign-in or step-up); null if never. */
  verifiedAt: Date | null;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return viewer !== null && roles.some((role) => viewer.roles.includes(role));
}
