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
}
