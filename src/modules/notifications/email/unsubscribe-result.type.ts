// SPDX-License-Identifier: EUPL-1.2
import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';

@ObjectType('UnsubscribeResult')
export class UnsubscribeResultType {
  @Field(() => NotificationKind, { description: 'The kind whose e-mail is now off.' })
  kind!: NotificationKind;
}
