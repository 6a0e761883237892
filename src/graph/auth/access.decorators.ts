// SPDX-License-Identifier: EUPL-1.2
import { SetMetadata, applyDecorators } from '@nestjs/common';
import type { Role } from 'src/graph/auth/role.enum';

export const ACCESS_RULE = 'samrad:access-rule';

/**
 * Every query, mutation and subscription declares who may call it. The guard denies anything
 * without a rule, start-up refuses a schema with an undecided root field, and a test walks the
 * schema to prove it.
 */
export type AccessRule =
  { kind: 'public' } | { kind: 'member' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, also visitors who are not signed in. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any active, signed-in member; finer checks happen in the service (sharing levels, ownership). */
export const Members = () => SetMetadata(ACCESS_RULE, { kind: 'member' } satisfies AccessRule);

/** Signed-in members holding at least one of the roles. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule));

export const MFA_EXEMPT = 'samrad:mfa-exempt';
export const STEP_UP = 'samrad:step-up';

/**
 * Callable by a member who must use a second factor but has none yet: what they need to set one
 * up (their own profile, MFA enrolment, sign-out). Everything else answers MFA_REQUIRED.
 */
export const AllowWithoutMfa = () => SetMetadata(MFA_EXEMPT, true);

/**
 * A sensitive action: a member with a second factor must have proved it within the step-up
 * window (STEP_UP_WINDOW_MS), else STEP_UP_REQUIRED.
 */
export const StepUp = () => SetMetadata(STEP_UP, true);
