// SPDX-License-Identifier: EUPL-1.2
import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsFQDN,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Names: printable text without control characters or markup brackets. */
const NAME_PATTERN = /^[^\p{Cc}<>]*\S[^\p{Cc}<>]*$/u;
/**
 * SAML entity ids and OIDC issuers: an https URL or a URN, without spaces; or a loopback http
 * URL, the issuer of an IdP run on this machine for development and tests (the OIDC client
 * refuses plain http in production).
 */
const IDENTITY_PROVIDER_PATTERN =
  /^(?:https:\/\/[^\s/]+(?:\/\S*)?|http:\/\/(?:127\.0\.0\.1|localhost)(?::\d{1,5})?(?:\/\S*)?|urn:[a-z0-9][a-z0-9-]{0,31}:\S+)$/i;

const optional = (required: boolean) => (required ? [] : [IsOptional()]);

const KindField = (required: boolean) =>
  applyDecorators(
    Field(() => OrganisationKind, { nullable: !required }),
    ...optional(required),
    IsEnum(OrganisationKind),
  );

const NameField = (name: string, language: string, required: boolean) =>
  applyDecorators(
    Field(() => String, { nullable: !required, description: `Name in ${language}.` }),
    ...optional(required),
    IsString(),
    Length(2, 200),
    Matches(NAME_PATTERN, { message: `${name} must be text without control characters, < or >` }),
  );

const ShortNamesField = () =>
  applyDecorators(
    Field(() => [String], { nullable: true, description: 'Abbreviations, e.g. KTH, UHR.' }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(10),
    IsString({ each: true }),
    Length(2, 30, { each: true }),
    Matches(NAME_PATTERN, { each: true, message: 'each short name must be text without < or >' }),
  );

const AcceptsQuestionsField = () =>
  applyDecorators(
    Field(() => Boolean, {
      nullable: true,
      description: 'Can be asked questions directly (authorities such as Säpo, ISP).',
    }),
    IsOptional(),
    IsBoolean(),
  );

const RequireMfaField = () =>
  applyDecorators(
    Field(() => Boolean, {
      nullable: true,
      description:
        'Every member must sign in with a second factor, whatever their roles (off by default).',
    }),
    IsOptional(),
    IsBoolean(),
  );

const AllowSelfRegistrationField = () =>
  applyDecorators(
    Field(() => Boolean, {
      nullable: true,
      description:
        'A federated sign-in through an identity provider that vouches for the organisation may ' +
        'create a member (role MEMBER) without an invitation (off by default).',
    }),
    IsOptional(),
    IsBoolean(),
  );

const EmailDomainsField = () =>
  applyDecorators(
    Field(() => [String], {
      nullable: true,
      description:
        'E-mail domains that vouch for membership, e.g. kth.se; each belongs to one organisation.',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    MaxLength(253, { each: true }),
    IsFQDN(
      { require_tld: true },
      { each: true, message: 'each e-mail domain must be a domain name' },
    ),
  );

const IdentityProvidersField = () =>
  applyDecorators(
    Field(() => [String], {
      nullable: true,
      description:
        'Identity providers (SAML entity ids or OIDC issuers) that vouch for members: a ' +
        'federated sign-in through one of them may sign in (or register) members here.',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(10),
    IsString({ each: true }),
    MaxLength(255, { each: true }),
    Matches(IDENTITY_PROVIDER_PATTERN, {
      each: true,
      message: 'each identity provider must be an https URL, a URN or a loopback http URL',
    }),
  );

@InputType()
export class CreateOrganisationInput {
  @Field({ description: 'Stable identifier in URLs and configuration; cannot change later.' })
  @IsString()
  @Length(2, 64)
  @Matches(SLUG_PATTERN, { message: 'slug may contain a-z, 0-9 and single hyphens' })
  slug!: string;

  @KindField(true)
  kind!: OrganisationKind;

  @NameField('nameSv', 'Swedish', true)
  nameSv!: string;

  @NameField('nameEn', 'English', true)
  nameEn!: string;

  @ShortNamesField()
  shortNames?: string[];

  @AcceptsQuestionsField()
  acceptsQuestions?: boolean;

  @EmailDomainsField()
  emailDomains?: string[];

  @IdentityProvidersField()
  identityProviders?: string[];

  @RequireMfaField()
  requireMfa?: boolean;

  @AllowSelfRegistrationField()
  allowSelfRegistration?: boolean;
}

/** Only the fields given change; the slug never does. */
@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @KindField(false)
  kind?: OrganisationKind;

  @NameField('nameSv', 'Swedish', false)
  nameSv?: string;

  @NameField('nameEn', 'English', false)
  nameEn?: string;

  @ShortNamesField()
  shortNames?: string[];

  @AcceptsQuestionsField()
  acceptsQuestions?: boolean;

  @EmailDomainsField()
  emailDomains?: string[];

  @IdentityProvidersField()
  identityProviders?: string[];

  @RequireMfaField()
  requireMfa?: boolean;

  @AllowSelfRegistrationField()
  allowSelfRegistration?: boolean;
}
