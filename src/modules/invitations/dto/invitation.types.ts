// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Connection } from 'src/graph/pagination/connection.type';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Role } from 'src/graph/auth/role.enum';
import { MAX_PASSWORD_LENGTH } from 'src/modules/auth/password-policy';
import { Locale } from 'src/modules/members/locale.enum';
import { DISPLAY_NAME_PATTERN } from 'src/modules/members/dto/member.inputs';

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Locale)
  locale!: Locale;

  @Field()
  expiresAt!: Date;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

export const InvitationConnection = Connection(InvitationType, 'Invitation');

@InputType()
export class ResendInvitationInput {
  @Field(() => ID)
  @IsUUID()
  invitationId!: string;
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID)
  @IsUUID()
  invitationId!: string;

  @Field({ nullable: true, description: 'Kept in the audit log.' })
  @IsOptional()
  @IsString()
  @Length(3, 500)
  reason?: string;
}

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => ID)
  @IsUUID()
  organisationId!: string;

  @Field(() => [Role], { nullable: true, description: 'MEMBER is always included.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  roles?: Role[];

  @Field(() => Locale, { nullable: true, description: 'Language of the e-mail; SV by default.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(16, 128)
  token!: string;

  @Field()
  @IsString()
  @Length(2, 100)
  @Matches(DISPLAY_NAME_PATTERN, {
    message: 'displayName may contain letters, spaces, dots, hyphens and apostrophes',
  })
  displayName!: string;

  @Field()
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password!: string;
}
