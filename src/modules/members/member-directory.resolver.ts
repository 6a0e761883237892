// SPDX-License-Identifier: EUPL-1.2
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Members } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import type { Viewer } from 'src/graph/auth/viewer';
import { requestLoader } from 'src/graph/loaders/request-loaders';
import { PageArgs } from 'src/graph/pagination/page-args';
import {
  DirectoryMemberConnection,
  DirectoryMemberType,
  MemberDirectoryArgs,
} from 'src/modules/members/dto/directory-member.type';
import { MemberDirectoryService } from 'src/modules/members/member-directory.service';
import { OrganisationType } from 'src/modules/organisations/dto/organisation.type';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';

@Resolver(() => DirectoryMemberType)
export class MemberDirectoryResolver {
  constructor(
    private readonly directory: MemberDirectoryService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => DirectoryMemberConnection, {
    description: 'Active members whose name matches, alphabetically (signed-in members).',
  })
  @Members()
  memberDirectory(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MemberDirectoryArgs,
    @Args() page: PageArgs,
  ) {
    return this.directory.search(viewer, args.query, args.organisationId, page);
  }

  @ResolveField(() => OrganisationType)
  organisation(
    @Parent() entry: DirectoryMemberType,
    @Context() context: RequestContext,
  ): Promise<OrganisationEntity | null> {
    return requestLoader<string, OrganisationEntity>(context, 'organisation', (ids) =>
      this.organisations.findByIds(ids),
    ).load(entry.organisationId);
  }
}
