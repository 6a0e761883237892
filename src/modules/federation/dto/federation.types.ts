// SPDX-License-Identifier: EUPL-1.2
import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, Length, Matches } from 'class-validator';

export enum IdentityProviderKind {
  OIDC = 'OIDC',
  SAML = 'SAML',
}
registerEnumType(IdentityProviderKind, { name: 'IdentityProviderKind' });

@ObjectType('IdentityProvider', {
  description: 'An identity provider members can sign in with (OpenID Connect or SAML 2.0).',
})
export class IdentityProviderType {
  @Field({ description: 'Stable id, part of the sign-in URLs.' })
  id!: string;

  @Field(() => IdentityProviderKind)
  kind!: IdentityProviderKind;

  @Field({ description: 'Name in Swedish, for "Logga in med …".' })
  nameSv!: string;

  @Field({ description: 'Name in English, for "Sign in with …".' })
  nameEn!: string;

  @Field({
    description:
      'Where the browser goes to sign in (a path on the API origin); it comes back to /sign-in.',
  })
  startPath!: string;
}

@InputType()
export class CompleteFederatedSignInInput {
  @Field({ description: 'The hand-off token from the /sign-in#federated=… fragment.' })
  @IsString()
  @Length(16, 128)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'handoffToken must be a token' })
  handoffToken!: string;
}
