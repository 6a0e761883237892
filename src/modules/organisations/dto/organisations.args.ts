// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';

// An @ArgsType class rather than a bare enum @Args: under SWC (tests) a bare enum parameter's
// reflected type is the enum object, which the validation pipe rejects.
@ArgsType()
export class OrganisationsArgs {
  @Field(() => OrganisationKind, {
    nullable: true,
    description: 'Only organisations of this kind.',
  })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind;
}
