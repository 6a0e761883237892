// SPDX-License-Identifier: EUPL-1.2
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Members } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import type { Viewer } from 'src/graph/auth/viewer';
import { requestLoader } from 'src/graph/loaders/request-loaders';
import type { FollowEntity } from 'src/modules/follows/follow.entity';
import { FollowInput, FollowType, UnfollowInput } from 'src/modules/follows/dto/follow.inputs';
import type { FollowTargetType } from 'src/modules/follows/follow-enums';
import { followKey, FollowsService } from 'src/modules/follows/follows.service';

@Resolver(() => FollowType)
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Mutation(() => FollowType, {
    description:
      'Follows a topic, country, question or case; following again changes the frequency.',
  })
  @Members()
  follow(@Args('input') input: FollowInput, @CurrentViewer() viewer: Viewer) {
    return this.follows.follow(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'False when there was nothing to unfollow.' })
  @Members()
  unfollow(@Args('input') input: UnfollowInput, @CurrentViewer() viewer: Viewer) {
    return this.follows.unfollow(viewer, input);
  }

  @Query(() => [FollowType])
  @Members()
  myFollows(@CurrentViewer() viewer: Viewer) {
    return this.follows.mine(viewer);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The followed case or question’s title, as the access policy lets the viewer read it; null for an item the viewer may no longer read (or that is gone), and for topics and countries (name them from `topics`/`countries`).',
  })
  title(
    @Parent() follow: FollowEntity,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    // Every row of `myFollows` asks in the same tick: one load per kind for the whole list.
    return requestLoader<string, string>(context, 'followedTitle', async (keys) => {
      const titles = await this.follows.readableTitles(
        viewer,
        keys.map((key) => {
          const [targetType, targetId] = key.split(':') as [FollowTargetType, string];
          return { targetType, targetId };
        }),
      );
      return keys.map((key) => titles.get(key) ?? null);
    }).load(followKey(follow.targetType, follow.targetId));
  }
}
