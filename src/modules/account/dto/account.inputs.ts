// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from 'src/modules/auth/password-policy';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @Field({ description: 'At least 12 characters and hard to guess.' })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  newPassword!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'From the reset link (or the link printed by `admin:create`).' })
  @IsString()
  @Length(16, 128)
  token!: string;

  @Field()
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  newPassword!: string;
}

@InputType()
export class RequestEmailChangeInput {
  @Field()
  @IsEmail({}, { message: 'newEmail must be an e-mail address' })
  @MaxLength(254)
  newEmail!: string;

  @Field()
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  currentPassword!: string;
}

@InputType()
export class ConfirmEmailChangeInput {
  @Field()
  @IsString()
  @Length(16, 128)
  token!: string;
}

@InputType()
export class DeleteMyAccountInput {
  @Field({ description: 'My current password: deletion cannot be undone.' })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  currentPassword!: string;
}

@InputType()
export class DeleteMemberInput {
  @Field(() => ID)
  @IsUUID()
  memberId!: string;

  @Field({ description: 'Why the account is deleted (kept in the audit log).' })
  @IsString()
  @Length(3, 500)
  reason!: string;
}
