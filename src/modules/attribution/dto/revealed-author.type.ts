// SPDX-License-Identifier: EUPL-1.2
import { Field, ObjectType } from '@nestjs/graphql';
import { OrganisationType } from 'src/modules/organisations/dto/organisation.type';

@ObjectType('RevealedAuthor', { description: 'Who wrote an item; only for revealAuthor.' })
export class RevealedAuthorType {
  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => OrganisationType)
  organisation!: unknown;
}
