// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import {
  ContentType,
  SHARED_CONTENT_TYPES,
  type SharedContentType,
} from 'src/modules/content/content-type.enum';

@InputType()
export class RevealAuthorInput {
  @Field(() => ContentType)
  @IsIn(SHARED_CONTENT_TYPES, { message: 'contentType: a case, question or answer' })
  contentType!: SharedContentType;

  @Field(() => ID)
  @IsUUID()
  contentId!: string;

  /** Why the moderator needs to know; written to the audit log and told to the author. */
  @Field()
  @IsString()
  @Length(10, 1000)
  reason!: string;
}
