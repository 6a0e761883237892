import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { AuthorRevealService } from 'src/modules/attribution/author-reveal.service';
import { RevealAuthorInput } from 'src/modules/attribution/dto/reveal-author.input';
import { RevealedAuthorType } from 'src/modules/attribution/dto/revealed-author.type';

@Resolver()
export class AttributionResolver {
  constructor(private readonly reveals: AuthorRevealService) {}

  @Mutation(() => RevealedAuthorType, {
    description:
      'Tells a moderator who wrote an item they may read. Audited with the reason; the author is told.',
  })
  @Roles(Role.MODERATOR)
  async revealAuthor(
    @Args('input') input: RevealAuthorInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RevealedAuthorType> {
    const { member, organisation } = await this.reveals.reveal(
      viewer,
      input.contentType,
      input.contentId,
      input.reason,
    );
    return { displayName: member.displayName, email: member.email, organisation };
  }
}
