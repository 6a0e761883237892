// SPDX-License-Identifier: EUPL-1.2
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Members, Roles } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { PageArgs } from 'src/graph/pagination/page-args';
import {
  FlagContentInput,
  InspectFlaggedContentInput,
  ModerateInput,
  ModerationItemArgs,
  RedactRevisionInput,
} from 'src/modules/moderation/dto/moderation.inputs';
import {
  FlagContentPayload,
  InspectedContentType,
  ModerationItemConnection,
  ModerationItemType,
} from 'src/modules/moderation/dto/moderation.types';
import { FLAG_REVIEWER_ROLES } from 'src/modules/moderation/flag-review';
import { FlaggedContentInspectionService } from 'src/modules/moderation/flagged-content-inspection.service';
import { ModerationQueueService } from 'src/modules/moderation/moderation-queue.service';
import { ModerationService } from 'src/modules/moderation/moderation.service';

@Resolver(() => ModerationItemType)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly queueService: ModerationQueueService,
    private readonly inspection: FlaggedContentInspectionService,
  ) {}

  @Query(() => ModerationItemConnection, {
    description:
      'Community submissions waiting for a decision (moderators) and flagged items at every level, oldest first. Items you may not read show metadata only.',
  })
  @Roles(...FLAG_REVIEWER_ROLES)
  moderationQueue(@Args() page: PageArgs, @CurrentViewer() viewer: Viewer) {
    return this.queueService.queue(viewer, page);
  }

  @Query(() => ModerationItemType, {
    nullable: true,
    description:
      'One item as the moderation queue shows it (also after a decision): what you may read in moderation, and flagged items you may not read as metadata only. Null otherwise, the same as for an id that does not exist.',
  })
  @Roles(...FLAG_REVIEWER_ROLES)
  moderationItem(@Args() args: ModerationItemArgs, @CurrentViewer() viewer: Viewer) {
    return this.queueService.item(viewer, args.contentType, args.contentId);
  }

  @Mutation(() => ModerationItemType, {
    description:
      'Approve, request changes, reject, hide, restore, close or archive; audited. On a flagged item you may not read: RESTORE or HIDE only.',
  })
  @Roles(...FLAG_REVIEWER_ROLES)
  moderate(@Args('input') input: ModerateInput, @CurrentViewer() viewer: Viewer) {
    return this.moderation.moderate(viewer, input);
  }

  @Mutation(() => FlagContentPayload, {
    description:
      'Reports an item you can read. One PERSONAL_DATA flag or three readers hide it pending review.',
  })
  @Members()
  flagContent(@Args('input') input: FlagContentInput, @CurrentViewer() viewer: Viewer) {
    return this.moderation.flag(viewer, input);
  }

  @Mutation(() => InspectedContentType, {
    description:
      'Reads a flagged item you may not otherwise read, to decide on its flags. Only while it is under review (open flags, or an edit after a review kept it hidden); the reason is audited and the author is told.',
  })
  @Roles(...FLAG_REVIEWER_ROLES)
  inspectFlaggedContent(
    @Args('input') input: InspectFlaggedContentInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.inspection.inspect(viewer, input);
  }

  @Mutation(() => ModerationItemType, {
    description:
      'Erases the text of one revision (e.g. personal data in an earlier edit); audited.',
  })
  @Roles(Role.MODERATOR)
  redactRevision(@Args('input') input: RedactRevisionInput, @CurrentViewer() viewer: Viewer) {
    return this.moderation.redactRevision(viewer, input);
  }
}
