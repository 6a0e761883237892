// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

/** Which organisation's members or invitations: contacts get their own, admins may name one. */
@ArgsType()
export class OrganisationScopeArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Admins only: another organisation than their own. Contacts see their own.',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
