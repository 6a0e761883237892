// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { TransactionHost } from 'src/database/transaction-host';
import { Role } from 'src/graph/auth/role.enum';
import { PasswordHasher } from 'src/modules/auth/password-hasher';
import { Locale } from 'src/modules/members/locale.enum';
import { MembersService } from 'src/modules/members/members.service';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import type { TestApp } from 'test/helpers/test-app';

export const FACTORY_PASSWORD = 'Correct-horse-battery-staple-42';

export interface SignedInMember {
  id: string;
  email: string;
  organisationId: string;
  displayName: string;
  accessToken: string;
  refreshToken: string;
}

/** Inserts a member through the real service and signs them in over GraphQL. */
export async function signedInMember(
  t: TestApp,
  options: {
    organisationSlug?: string;
    roles?: Role[];
    locale?: Locale;
    displayName?: string;
  } = {},
): Promise<SignedInMember> {
  const organisation = await t.app
    .get(OrganisationsService)
    .findBySlug(options.organisationSlug ?? 'kth');
  if (!organisation) throw new Error(`No organisation ${options.organisationSlug}`);
  const email = `member-${randomBytes(4).toString('hex')}@example.org`;
  const passwordHash = await t.app.get(PasswordHasher).hash(FACTORY_PASSWORD);
  const member = await t.app.get(TransactionHost).run(() =>
    t.app.get(MembersService).create({
      email,
      displayName: options.displayName ?? 'Test Person',
      passwordHash,
      organisationId: organisation.id,
      locale: options.locale ?? Locale.SV,
      roles: [Role.MEMBER, ...(options.roles ?? [])],
    }),
  );
  const login = await t.gql(
    `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`,
    { input: { email, password: FACTORY_PASSWORD } },
  );
  const tokens = login.data?.login as { accessToken: string; refreshToken: string } | undefined;
  if (!tokens) throw new Error(`Login failed: ${JSON.stringify(login.errors)}`);
  return {
    id: member.id,
    email,
    organisationId: organisation.id,
    displayName: member.displayName,
    ...tokens,
  };
}
