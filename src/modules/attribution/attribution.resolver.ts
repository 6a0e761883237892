// SPDX-License-Identifier: EUPL-1.2
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles, StepUp } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { formerMemberLabel } from 'src/modules/attribution/author-presentation';
import { AuthorRevealService } from 'src/modules/attribution/author-reveal.service';
import { RevealAuthorInput } from 'src/modules/attribution/dto/reveal-author.input';
import { RevealedAuthorType } from 'src/modules/attribution/dto/revealed-author.type';
import { MemberStatus } from 'src/modules/members/member-status.enum';

@Resolver()
export class AttributionResolver {
  constructor(private readonly reveals: AuthorRevealService) {}

  @Mutation(() => RevealedAuthorType, {
    description:
      'Tells a moderator who wrote an item they may read. Audited with the reason; the author is told.',
  })
  @Roles(Role.MODERATOR)
  @StepUp()
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
    // A deleted author's row holds no name any more (its address is the erased placeholder).
    if (member.status === MemberStatus.DELETED)
      return { displayName: formerMemberLabel(viewer.locale), email: member.email, organisation };
    return { displayName: member.displayName, email: member.email, organisation };
  }
}
