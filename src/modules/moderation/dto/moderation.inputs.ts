// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { CloseReason } from 'src/modules/content/close-reason.enum';
import {
  ContentType,
  SHARED_CONTENT_TYPES,
  type SharedContentType,
} from 'src/modules/content/content-type.enum';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';
import { FlagReason } from 'src/modules/moderation/flag-reason.enum';

@InputType({ isAbstract: true })
abstract class ContentTargetInput {
  @Field(() => ContentType)
  @IsIn(SHARED_CONTENT_TYPES, { message: 'contentType: a case, question or answer' })
  contentType!: SharedContentType;

  @Field(() => ID)
  @IsUUID('all')
  contentId!: string;
}

@InputType()
export class ModerateInput extends ContentTargetInput {
  @Field(() => ModerationAction)
  @IsEnum(ModerationAction)
  action!: ModerationAction;

  /** Always required: the author sees it for changes and rejections, the audit log keeps it. */
  @Field()
  @IsString()
  @Length(5, 2000)
  reason!: string;

  @Field(() => CloseReason, { nullable: true, description: 'CLOSE: why (questions).' })
  @IsOptional()
  @IsEnum(CloseReason)
  closeReason?: CloseReason | null;

  @Field(() => ID, { nullable: true, description: 'CLOSE as DUPLICATE: the original question.' })
  @IsOptional()
  @IsUUID('all')
  duplicateOfId?: string | null;
}

@InputType()
export class FlagContentInput extends ContentTargetInput {
  @Field(() => FlagReason)
  @IsEnum(FlagReason)
  reason!: FlagReason;

  @Field(() => String, { nullable: true, description: 'What is wrong, for the moderators.' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  text?: string | null;
}

@InputType()
export class RedactRevisionInput extends ContentTargetInput {
  @Field(() => ID)
  @IsUUID('all')
  revisionId!: string;

  @Field()
  @IsString()
  @Length(5, 2000)
  reason!: string;
}

@InputType()
export class InspectFlaggedContentInput extends ContentTargetInput {
  /** Why the reviewer must read it; the audit log keeps it. */
  @Field({ description: 'Why you need to read it; kept in the audit log.' })
  @IsString()
  @Length(5, 2000)
  reason!: string;
}

/** `moderationItem(contentType, contentId)`: one item of the reviewer's view. */
@ArgsType()
export class ModerationItemArgs {
  @Field(() => ContentType)
  @IsIn(SHARED_CONTENT_TYPES, { message: 'contentType: a case, question or answer' })
  contentType!: SharedContentType;

  @Field(() => ID)
  @IsUUID('all')
  contentId!: string;
}
