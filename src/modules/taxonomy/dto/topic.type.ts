// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';

@ObjectType('Topic', { description: 'One entry of the fixed taxonomy (DOMAIN §5).' })
export class TopicType {
  @Field(() => ID)
  id!: string;

  @Field(() => TopicKind)
  kind!: TopicKind;

  @Field({ description: 'Stable across environments; filters and saved links refer to it.' })
  slug!: string;

  @Field()
  nameSv!: string;

  @Field()
  nameEn!: string;
}
