// SPDX-License-Identifier: EUPL-1.2
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { MemberType } from 'src/modules/members/dto/member.type';
import { MAX_PASSWORD_LENGTH } from 'src/modules/auth/password-policy';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({
    description: 'Bearer token for the Authorization header; valid for at most 15 minutes.',
  })
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field({
    description:
      'Single use: exchange it with refreshSession for a new pair. Empty when the request asked for a cookie session (header X-Samrad-Session: cookie): the token is then in an HttpOnly cookie for POST /auth/refresh.',
  })
  refreshToken!: string;

  @Field()
  refreshTokenExpiresAt!: Date;

  @Field(() => MemberType)
  member!: MemberType;
}

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password!: string;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsString()
  @Length(16, 128)
  refreshToken!: string;
}
