// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { ContentType } from 'src/modules/content/content-type.enum';

@InputType()
export class RevealAuthorInput {
  @Field(() => ContentType)
  @IsEnum(ContentType)
  contentType!: ContentType;

  @Field(() => ID)
  @IsUUID()
  contentId!: string;

  /** Why the moderator needs to know; written to the audit log and told to the author. */
  @Field()
  @IsString()
  @Length(10, 1000)
  reason!: string;
}
