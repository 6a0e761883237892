// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Connection } from 'src/graph/pagination/connection.type';
import { ContentType } from 'src/modules/content/content-type.enum';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => ContentType)
  contentType!: ContentType;

  @Field(() => ID)
  contentId!: string;

  @Field(() => Date)
  createdAt!: Date;
}

export const NotificationConnection = Connection(NotificationType, 'Notification');

@ObjectType('NotificationPreference')
export class NotificationPreferenceType {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field({ description: 'E-mail on or off; in-app notifications are always on.' })
  email!: boolean;
}

@InputType()
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind)
  kind!: NotificationKind;

  @Field()
  @IsBoolean()
  email!: boolean;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Omit to mark every notification read.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[] | null;
}
