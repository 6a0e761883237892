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
