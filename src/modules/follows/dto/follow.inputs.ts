// SPDX-License-Identifier: EUPL-1.2
import { Field, InputType, ObjectType, ID } from '@nestjs/graphql';
import { IsEnum, IsString, Length } from 'class-validator';
import { FollowFrequency, FollowTargetType } from 'src/modules/follows/follow-enums';

@InputType()
export class FollowInput {
  @Field(() => FollowTargetType)
  @IsEnum(FollowTargetType)
  targetType!: FollowTargetType;

  @Field({
    description:
      'A topic id or slug, a question or case id, a guideline id or slug, or an ISO 3166-1 country code.',
  })
  @IsString()
  @Length(2, 64)
  targetId!: string;

  @Field(() => FollowFrequency)
  @IsEnum(FollowFrequency)
  frequency!: FollowFrequency;
}

@InputType()
export class UnfollowInput {
  @Field(() => FollowTargetType)
  @IsEnum(FollowTargetType)
  targetType!: FollowTargetType;

  @Field()
  @IsString()
  @Length(2, 64)
  targetId!: string;
}

@ObjectType('Follow')
export class FollowType {
  @Field(() => ID)
  id!: string;

  @Field(() => FollowTargetType)
  targetType!: FollowTargetType;

  @Field()
  targetId!: string;

  @Field(() => FollowFrequency)
  frequency!: FollowFrequency;

  @Field(() => Date)
  createdAt!: Date;
}
