// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';

@ArgsType()
export class TopicsArgs {
  @Field(() => TopicKind, { nullable: true, description: 'Only topics of this kind.' })
  @IsOptional()
  @IsEnum(TopicKind)
  kind?: TopicKind;
}
