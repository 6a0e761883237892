// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';

@ObjectType('Organisation')
export class OrganisationType {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field()
  nameSv!: string;

  @Field()
  nameEn!: string;

  @Field(() => [String])
  shortNames!: string[];

  @Field()
  acceptsQuestions!: boolean;

  @Field(() => [String], { description: 'E-mail domains that vouch for membership.' })
  emailDomains!: string[];

  @Field(() => [String], {
    description:
      'Identity providers (OIDC issuers, SAML entity ids) that vouch for members at federated sign-in.',
  })
  identityProviders!: string[];

  @Field({
    description: 'Every member must sign in with a second factor, whatever their roles.',
  })
  requireMfa!: boolean;

  @Field({
    description:
      'A federated sign-in through a vouching identity provider may create a member without an invitation.',
  })
  allowSelfRegistration!: boolean;
}
