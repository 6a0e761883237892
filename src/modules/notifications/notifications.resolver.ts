// SPDX-License-Identifier: EUPL-1.2
import {
  Args,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { Members } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import type { Viewer } from 'src/graph/auth/viewer';
import { PageArgs } from 'src/graph/pagination/page-args';
import {
  MarkNotificationsReadArgs,
  NotificationConnection,
  NotificationPreferenceType,
  NotificationType,
  SetNotificationPreferenceInput,
} from 'src/modules/notifications/dto/notification.types';
import { notificationStream } from 'src/modules/notifications/live/notification-stream';
import { NotificationBus } from 'src/modules/notifications/notification-bus';
import { notificationText } from 'src/modules/notifications/notification-text';
import type { RenderedNotification } from 'src/modules/notifications/notification-items';
import { NotificationsService } from 'src/modules/notifications/notifications.service';

@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly bus: NotificationBus,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  @Members()
  notifications(@Args() page: PageArgs, @CurrentViewer() viewer: Viewer) {
    return this.notificationsService.list(viewer, page);
  }

  @Query(() => Int)
  @Members()
  unreadNotificationCount(@CurrentViewer() viewer: Viewer) {
    return this.notificationsService.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: 'Marks notifications read; returns how many changed.' })
  @Members()
  markNotificationsRead(@Args() args: MarkNotificationsReadArgs, @CurrentViewer() viewer: Viewer) {
    return this.notificationsService.markRead(viewer, args.ids ?? null);
  }

  @Query(() => [NotificationPreferenceType])
  @Members()
  myNotificationPreferences(@CurrentViewer() viewer: Viewer) {
    return this.notificationsService.preferences(viewer);
  }

  @Mutation(() => [NotificationPreferenceType], { description: 'E-mail on or off for a kind.' })
  @Members()
  async setNotificationPreference(
    @Args('input') input: SetNotificationPreferenceInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    await this.notificationsService.setPreference(viewer.memberId, input.kind, input.email);
    return this.notificationsService.preferences(viewer);
  }

  @Subscription(() => NotificationType, {
    description:
      'Your new notifications as they are created, over graphql-ws on /graphql; authenticate with connectionParams { authorization: "Bearer <access token>" }.',
  })
  @Members()
  notificationAdded(@CurrentViewer() viewer: Viewer) {
    // Only this member's announcements, each loaded as their own and only while its item is
    // readable to them at push time: other ids, and items since hidden or narrowed, are skipped.
    return notificationStream(this.bus, viewer.memberId, (id) =>
      this.notificationsService.findReadable(viewer, id),
    );
  }

  @ResolveField(() => Boolean)
  read(@Parent() row: RenderedNotification): boolean {
    return row.readAt !== null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The item’s current title (notifications about items you may no longer read are not listed).',
  })
  title(@Parent() row: RenderedNotification): string | null {
    return row.item?.title ?? null;
  }

  @ResolveField(() => String, {
    description:
      'What happened, with the item’s current title and what you can do next, in your language.',
  })
  text(@Parent() row: RenderedNotification, @CurrentViewer() viewer: Viewer): string {
    return notificationText(row, viewer.locale, row.item);
  }
}
