import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Members } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import type { Viewer } from 'src/graph/auth/viewer';
import { FollowInput, FollowType, UnfollowInput } from 'src/modules/follows/dto/follow.inputs';
import { FollowsService } from 'src/modules/follows/follows.service';

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
}
