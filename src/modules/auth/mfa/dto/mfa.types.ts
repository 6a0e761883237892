// SPDX-License-Identifier: EUPL-1.2
import { createUnionType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsObject, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'src/graph/scalars/json-object.scalar';
import { AuthPayloadType } from 'src/modules/auth/dto/auth.types';

/** Printable text without control characters or markup brackets (a passkey's name). */
const LABEL_PATTERN = /^[^\p{Cc}<>]*\S[^\p{Cc}<>]*$/u;

@ObjectType('MfaChallenge', {
  description:
    'The second step of a sign-in (or a step-up): answer it with completeSignIn (or stepUp).',
})
export class MfaChallengeType {
  @Field({ description: 'Single use, valid 5 minutes and for 5 wrong answers.' })
  challengeToken!: string;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'An authenticator app code is accepted.' })
  totp!: boolean;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'WebAuthn request options (PublicKeyCredentialRequestOptionsJSON) when the member has passkeys.',
  })
  passkeyOptions!: Record<string, unknown> | null;
}

export const SignInResult = createUnionType({
  name: 'SignInResult',
  description: 'Tokens at once, or a challenge when the member has a second factor.',
  types: () => [AuthPayloadType, MfaChallengeType] as const,
  resolveType: (value: object) => ('challengeToken' in value ? MfaChallengeType : AuthPayloadType),
});

/** One second factor; exactly one of the three must be given. */
@InputType({ isAbstract: true })
export class SecondFactorFields {
  @Field({ nullable: true, description: 'A 6-digit code from the authenticator app.' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  totpCode?: string;

  @Field({ nullable: true, description: 'One of the recovery codes (single use).' })
  @IsOptional()
  @IsString()
  @MaxLength(24)
  recoveryCode?: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "The browser's WebAuthn assertion (AuthenticationResponseJSON).",
  })
  @IsOptional()
  @IsObject()
  passkey?: Record<string, unknown>;
}

@InputType()
export class CompleteSignInInput extends SecondFactorFields {
  @Field()
  @IsString()
  @Length(16, 128)
  challengeToken!: string;
}

@InputType()
export class StepUpInput extends SecondFactorFields {
  @Field({ nullable: true, description: 'From beginStepUp; needed with a passkey.' })
  @IsOptional()
  @IsString()
  @Length(16, 128)
  challengeToken?: string;
}

@ObjectType('StepUpResult')
export class StepUpResultType {
  @Field({ description: 'Sensitive actions need no new proof until then.' })
  freshUntil!: Date;
}

@ObjectType('Passkey')
export class PasskeyType {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;
}

@ObjectType('SecondFactors', { description: 'My second factors (multi-factor authentication).' })
export class SecondFactorsType {
  @Field({ description: 'My roles or organisation require a second factor.' })
  required!: boolean;

  @Field({ description: 'I have an authenticator app or a passkey.' })
  enrolled!: boolean;

  @Field()
  totpEnabled!: boolean;

  @Field(() => [PasskeyType])
  passkeys!: PasskeyType[];

  @Field(() => Int)
  recoveryCodesRemaining!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When this session last proved a second factor.',
  })
  verifiedAt!: Date | null;
}

@ObjectType('TotpEnrolment')
export class TotpEnrolmentType {
  @Field({ description: 'The base32 secret, for typing into the app by hand.' })
  secret!: string;

  @Field({ description: 'The otpauth:// URI to show as a QR code.' })
  otpauthUri!: string;
}

@InputType()
export class ConfirmTotpEnrolmentInput {
  @Field()
  @IsString()
  @MaxLength(12)
  code!: string;
}

@ObjectType('MfaEnrolmentResult')
export class MfaEnrolmentResultType {
  @Field(() => [String], {
    description: 'New recovery codes when this was my first factor (shown once), else empty.',
  })
  recoveryCodes!: string[];
}

@ObjectType('PasskeyRegistration')
export class PasskeyRegistrationType {
  @Field()
  challengeToken!: string;

  @Field(() => GraphQLJSONObject, {
    description: 'WebAuthn creation options (PublicKeyCredentialCreationOptionsJSON).',
  })
  options!: Record<string, unknown>;
}

@InputType()
export class CompletePasskeyRegistrationInput {
  @Field()
  @IsString()
  @Length(16, 128)
  challengeToken!: string;

  @Field(() => GraphQLJSONObject, {
    description: "The browser's WebAuthn attestation (RegistrationResponseJSON).",
  })
  @IsObject()
  response!: Record<string, unknown>;

  @Field({ description: 'My name for it, e.g. "Laptop" or "YubiKey".' })
  @IsString()
  @Length(1, 100)
  @Matches(LABEL_PATTERN, { message: 'label must be text without control characters, < or >' })
  label!: string;
}

@ObjectType('PasskeyRegistered')
export class PasskeyRegisteredType {
  @Field(() => PasskeyType)
  passkey!: PasskeyType;

  @Field(() => [String], {
    description: 'New recovery codes when this was my first factor (shown once), else empty.',
  })
  recoveryCodes!: string[];
}

@ObjectType('RecoveryCodes')
export class RecoveryCodesType {
  @Field(() => [String], { description: 'Shown once; each works once.' })
  codes!: string[];
}
