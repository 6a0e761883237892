// SPDX-License-Identifier: EUPL-1.2
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from 'src/graph/auth/access.decorators';
import { OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { Viewer } from 'src/graph/auth/viewer';
import { TopicType } from 'src/modules/taxonomy/dto/topic.type';
import { TopicsArgs } from 'src/modules/taxonomy/dto/topics.args';
import type { TopicEntity } from 'src/modules/taxonomy/topic.entity';
import { TopicsService } from 'src/modules/taxonomy/topics.service';

@Resolver(() => TopicType)
export class TopicsResolver {
  constructor(private readonly topicsService: TopicsService) {}

  // Public: visitors read CLEAR content, which shows its topics.
  @Query(() => [TopicType], {
    description: 'The taxonomy, by kind and then in catalogue order within each kind.',
  })
  @Public()
  topics(@Args() { kind }: TopicsArgs) {
    return this.topicsService.list(kind);
  }

  @ResolveField(() => String, { description: "The name in the viewer's language." })
  name(@Parent() topic: TopicEntity, @OptionalViewer() viewer: Viewer | null): string {
    return viewer?.locale === 'EN' ? topic.nameEn : topic.nameSv;
  }

  @ResolveField(() => TopicType, { nullable: true })
  async parent(@Parent() topic: TopicEntity): Promise<TopicEntity | null> {
    if (!topic.parentId) return null;
    const [parent] = await this.topicsService.byIds([topic.parentId]);
    return parent ?? null;
  }
}
