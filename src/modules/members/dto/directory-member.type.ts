// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Role } from 'src/graph/auth/role.enum';
import { Connection } from 'src/graph/pagination/connection.type';

/** An active member as the member directory shows them to other members. */
@ObjectType('DirectoryMember')
export class DirectoryMemberType {
  @Field(() => ID, { description: 'For naming RED recipients and assigning triage.' })
  id!: string;

  @Field()
  displayName!: string;

  /** Resolved by the directory resolver; kept here for the field resolver. */
  organisationId!: string;

  @Field(() => [Role], {
    description:
      'EXPERT, ORG_CONTACT and MODERATOR (the roles others need to know of); admins see all.',
  })
  roles!: Role[];

  @Field(() => String, {
    nullable: true,
    description: 'Only if the member chose to show it (showEmailInDirectory), or it is you.',
  })
  email!: string | null;
}

export const DirectoryMemberConnection = Connection(DirectoryMemberType, 'DirectoryMember');

@ArgsType()
export class MemberDirectoryArgs {
  @Field({ description: 'Part of a display name (2–100 characters); every word must match.' })
  @IsString()
  @Length(2, 100)
  query!: string;

  @Field(() => ID, { nullable: true, description: 'Only members of this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
