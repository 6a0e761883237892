// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import { Role } from 'src/graph/auth/role.enum';
import { Locale } from 'src/modules/members/locale.enum';
import { MemberStatus } from 'src/modules/members/member-status.enum';

/** Display names: letters, marks, spaces and common punctuation; no markup or control codes. */
export const DISPLAY_NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M}\p{Zs}.'’-]*$/u;

@InputType()
export class UpdateMyProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  @Matches(DISPLAY_NAME_PATTERN, {
    message: 'displayName may contain letters, spaces, dots, hyphens and apostrophes',
  })
  displayName?: string;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;

  @Field({
    nullable: true,
    description: 'Show my e-mail address to other members in the member directory (off at first).',
  })
  @IsOptional()
  @IsBoolean()
  showEmailInDirectory?: boolean;
}

@InputType()
export class SetMemberRolesInput {
  @Field(() => ID)
  @IsUUID()
  memberId!: string;

  @Field(() => [Role])
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  roles!: Role[];

  @Field()
  @IsString()
  @Length(3, 500)
  reason!: string;
}

@InputType()
export class SuspendMemberInput {
  @Field(() => ID)
  @IsUUID()
  memberId!: string;

  @Field({ defaultValue: true, description: 'false reinstates a suspended member' })
  @IsBoolean()
  suspended: boolean = true;

  @Field()
  @IsString()
  @Length(3, 500)
  reason!: string;
}

@ArgsType()
export class MembersFilterArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => MemberStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MemberStatus)
  status?: MemberStatus;
}

@ArgsType()
export class MemberStatusArgs {
  @Field(() => MemberStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MemberStatus)
  status?: MemberStatus;
}
