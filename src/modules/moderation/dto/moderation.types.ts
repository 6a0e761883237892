// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from 'src/graph/pagination/connection.type';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { ContentType } from 'src/modules/content/content-type.enum';
import { FlagReason } from 'src/modules/moderation/flag-reason.enum';

export enum ModerationQueueReason {
  SUBMITTED = 'SUBMITTED',
  FLAGGED = 'FLAGGED',
  /** Its author edited it after a review kept it hidden: restore it or keep it hidden. */
  EDITED_AFTER_REVIEW = 'EDITED_AFTER_REVIEW',
}
registerEnumType(ModerationQueueReason, { name: 'ModerationQueueReason' });

@ObjectType('ContentFlag', { description: 'A reader’s report; who filed it is not shown.' })
export class ContentFlagType {
  @Field(() => FlagReason)
  reason!: FlagReason;

  @Field(() => String, {
    nullable: true,
    description:
      'The reader’s own words. Null on items you may not read: a reader who read the text may quote it.',
  })
  text!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('FlagReasonCount')
export class FlagReasonCountType {
  @Field(() => FlagReason)
  reason!: FlagReason;

  @Field(() => Int)
  count!: number;
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

  @Field({
    description:
      'Whether you may read the item. False for flagged AMBER, AMBER_STRICT and RED items (and for admins): the queue then shows metadata only, and inspectFlaggedContent is the audited way to read it.',
  })
  contentReadable!: boolean;

  @Field(() => String, { nullable: true, description: 'Null when contentReadable is false.' })
  title!: string | null;

  @Field(() => SharingLevel)
  sharingLevel!: SharingLevel;

  @Field({ description: 'The workflow status of its type (e.g. PUBLISHED, OPEN).' })
  status!: string;

  @Field()
  hidden!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was hidden.' })
  hiddenAt!: Date | null;

  @Field(() => Int)
  openFlagCount!: number;

  @Field(() => [FlagReasonCountType], { description: 'Open flags by reason, most first.' })
  flagReasonCounts!: FlagReasonCountType[];

  @Field(() => [ContentFlagType])
  openFlags!: ContentFlagType[];
}

export const ModerationItemConnection = Connection(ModerationItemType, 'ModerationItem');

@ObjectType('FlagContentPayload')
export class FlagContentPayload {
  @Field({ description: 'True when this flag hid the item pending review.' })
  contentHidden!: boolean;
}

@ObjectType('InspectedField')
export class InspectedFieldType {
  @Field({ description: 'The field’s name, e.g. summary or body.' })
  name!: string;

  @Field({ description: 'As written (Markdown).' })
  text!: string;
}

@ObjectType('InspectedContent', {
  description:
    'The text of a flagged item, for a reviewer who may not otherwise read it. Never its author.',
})
export class InspectedContentType {
  @Field(() => ContentType)
  contentType!: ContentType;

  @Field(() => ID)
  contentId!: string;

  @Field(() => SharingLevel)
  sharingLevel!: SharingLevel;

  @Field(() => String, { nullable: true, description: 'Null for answers.' })
  title!: string | null;

  @Field(() => [InspectedFieldType])
  fields!: InspectedFieldType[];

  @Field(() => [ContentFlagType], { description: 'The open flags with the readers’ words.' })
  openFlags!: ContentFlagType[];
}
