import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Members, Roles } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { PageArgs } from 'src/graph/pagination/page-args';
import {
  FlagContentInput,
  ModerateInput,
  RedactRevisionInput,
} from 'src/modules/moderation/dto/moderation.inputs';
import {
  FlagContentPayload,
  ModerationItemConnection,
  ModerationItemType,
} from 'src/modules/moderation/dto/moderation.types';
import { ModerationService } from 'src/modules/moderation/moderation.service';

@Resolver(() => ModerationItemType)
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Query(() => ModerationItemConnection, {
    description: 'Community submissions waiting for a decision and flagged items, oldest first.',
  })
  @Roles(Role.MODERATOR)
  moderationQueue(@Args() page: PageArgs, @CurrentViewer() viewer: Viewer) {
    return this.moderation.queue(viewer, page);
  }

  @Mutation(() => ModerationItemType, {
    description: 'Approve, request changes, reject, hide, restore, close or archive; audited.',
  })
  @Roles(Role.MODERATOR)
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

  @Mutation(() => ModerationItemType, {
    description:
      'Erases the text of one revision (e.g. personal data in an earlier edit); audited.',
  })
  @Roles(Role.MODERATOR)
  redactRevision(@Args('input') input: RedactRevisionInput, @CurrentViewer() viewer: Viewer) {
    return this.moderation.redactRevision(viewer, input);
  }
}
