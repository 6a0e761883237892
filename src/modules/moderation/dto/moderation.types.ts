import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from 'src/graph/pagination/connection.type';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { ContentType } from 'src/modules/content/content-type.enum';
import { FlagReason } from 'src/modules/moderation/flag-reason.enum';

export enum ModerationQueueReason {
  SUBMITTED = 'SUBMITTED',
  FLAGGED = 'FLAGGED',
}
registerEnumType(ModerationQueueReason, { name: 'ModerationQueueReason' });

@ObjectType('ContentFlag', { description: 'A reader’s report; who filed it is not shown.' })
export class ContentFlagType {
  @Field(() => FlagReason)
  reason!: FlagReason;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

/**
 * A case, question or answer as moderation sees it. Content types add a field for their own
 * type (`case`, later `question`, `answer`), so this module stays generic.
 */
@ObjectType('ModerationItem')
export class ModerationItemType {
  @Field(() => ContentType)
  contentType!: ContentType;

  @Field(() => ID)
  contentId!: string;

  @Field(() => ModerationQueueReason, { nullable: true })
  queueReason!: ModerationQueueReason | null;

  @Field(() => Date, { nullable: true, description: 'When it entered the queue.' })
  queuedAt!: Date | null;

  @Field()
  title!: string;

  @Field(() => SharingLevel)
  sharingLevel!: SharingLevel;

  @Field()
  hidden!: boolean;

  @Field(() => Int)
  openFlagCount!: number;

  @Field(() => [ContentFlagType])
  openFlags!: ContentFlagType[];
}

export const ModerationItemConnection = Connection(ModerationItemType, 'ModerationItem');

@ObjectType('FlagContentPayload')
export class FlagContentPayload {
  @Field({ description: 'True when this flag hid the item pending review.' })
  contentHidden!: boolean;
}
