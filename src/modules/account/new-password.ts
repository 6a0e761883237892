// SPDX-License-Identifier: EUPL-1.2
import { Errors } from 'src/graph/errors/app-error';
import { checkPassword } from 'src/modules/auth/password-policy';
import type { MemberEntity } from 'src/modules/members/member.entity';

/** The platform's password rule for a member's new password, as a typed error on `newPassword`. */
export function assertAcceptablePassword(member: MemberEntity, password: string): void {
  const problems = checkPassword(password, [member.email, member.displayName]).map((p) => ({
    ...p,
    field: 'newPassword',
  }));
  if (problems.length)
    throw Errors.badInput(`Invalid input: newPassword ${problems[0]?.message ?? ''}`, problems);
}
