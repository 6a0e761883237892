// SPDX-License-Identifier: EUPL-1.2
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowWithoutMfa, Members, Roles, StepUp } from 'src/graph/auth/access.decorators';
import { CurrentViewer, OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { requestLoader } from 'src/graph/loaders/request-loaders';
import { PageArgs } from 'src/graph/pagination/page-args';
import { MemberConnection, MemberType } from 'src/modules/members/dto/member.type';
import {
  MembersFilterArgs,
  MemberStatusArgs,
  SetMemberRolesInput,
  SuspendMemberInput,
  UpdateMyProfileInput,
} from 'src/modules/members/dto/member.inputs';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MembersService } from 'src/modules/members/members.service';
import { OrganisationScopeArgs } from 'src/modules/organisations/dto/organisation-scope.args';
import { OrganisationType } from 'src/modules/organisations/dto/organisation.type';
import {
  managedOrganisationId,
  managesOrganisation,
} from 'src/modules/organisations/organisation-scope';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';

@Resolver(() => MemberType)
export class MembersResolver {
  constructor(
    private readonly membersService: MembersService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => MemberType, { description: 'The signed-in member.' })
  @Members()
  @AllowWithoutMfa()
  me(@CurrentViewer() viewer: Viewer) {
    return this.membersService.require(viewer.memberId);
  }

  @Query(() => MemberConnection, { description: 'Members, newest first (admins).' })
  @Roles(Role.ADMIN)
  members(@Args() page: PageArgs, @Args() filter: MembersFilterArgs) {
    return this.membersService.list(filter, page);
  }

  @Query(() => MemberConnection, {
    description:
      "My organisation's members, newest first, suspended ones included (organisation contacts; " +
      'admins for any organisation).',
  })
  @Roles(Role.ADMIN, Role.ORG_CONTACT)
  organisationMembers(
    @CurrentViewer() viewer: Viewer,
    @Args() scope: OrganisationScopeArgs,
    @Args() filter: MemberStatusArgs,
    @Args() page: PageArgs,
  ) {
    return this.membersService.list(
      {
        organisationId: managedOrganisationId(viewer, scope.organisationId),
        status: filter.status,
      },
      page,
    );
  }

  @Mutation(() => MemberType)
  @Members()
  updateMyProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMyProfileInput) {
    return this.membersService.updateProfile(viewer, input);
  }

  @Mutation(() => MemberType, { description: 'Replaces the roles of a member (admins; audited).' })
  @Roles(Role.ADMIN)
  @StepUp()
  setMemberRoles(@CurrentViewer() viewer: Viewer, @Args('input') input: SetMemberRolesInput) {
    return this.membersService.setRoles(viewer, input.memberId, input.roles, input.reason);
  }

  @Mutation(() => MemberType, {
    description:
      'Suspends or reinstates a member (admins; organisation contacts for members of their own ' +
      'organisation who are not admins or moderators; audited).',
  })
  @Roles(Role.ADMIN, Role.ORG_CONTACT)
  @StepUp()
  suspendMember(@CurrentViewer() viewer: Viewer, @Args('input') input: SuspendMemberInput) {
    return this.membersService.setSuspended(viewer, input.memberId, input.suspended, input.reason);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "Visible to the member, to admins, and to contacts of the member's own organisation.",
  })
  email(@Parent() member: MemberEntity, @OptionalViewer() viewer: Viewer | null): string | null {
    return canSeePrivateFields(member, viewer) ? member.email : null;
  }

  @ResolveField(() => [Role], {
    nullable: true,
    description:
      "Visible to the member, to admins, and to contacts of the member's own organisation.",
  })
  roles(@Parent() member: MemberEntity, @OptionalViewer() viewer: Viewer | null): Role[] | null {
    return canSeePrivateFields(member, viewer) ? member.roles : null;
  }

  @ResolveField(() => OrganisationType)
  organisation(
    @Parent() member: MemberEntity,
    @Context() context: RequestContext,
  ): Promise<OrganisationEntity | null> {
    return requestLoader<string, OrganisationEntity>(context, 'organisation', (ids) =>
      this.organisations.findByIds(ids),
    ).load(member.organisationId);
  }
}

/** The member, admins, and the contacts who manage the member's organisation. */
function canSeePrivateFields(member: MemberEntity, viewer: Viewer | null): boolean {
  return (
    viewer !== null &&
    (viewer.memberId === member.id || managesOrganisation(viewer, member.organisationId))
  );
}
