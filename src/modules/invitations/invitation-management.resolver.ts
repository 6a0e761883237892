// SPDX-License-Identifier: EUPL-1.2
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { PageArgs } from 'src/graph/pagination/page-args';
import {
  InvitationConnection,
  InvitationType,
  ResendInvitationInput,
  RevokeInvitationInput,
} from 'src/modules/invitations/dto/invitation.types';
import { OrganisationScopeArgs } from 'src/modules/organisations/dto/organisation-scope.args';
import type { InvitationEntity } from 'src/modules/invitations/invitation.entity';
import { InvitationManagementService } from 'src/modules/invitations/invitation-management.service';
import { InvitationStatus, invitationStatus } from 'src/modules/invitations/invitation-status';

@Resolver(() => InvitationType)
export class InvitationManagementResolver {
  constructor(private readonly management: InvitationManagementService) {}

  @Query(() => InvitationConnection, {
    description:
      "My organisation's invitations, newest first (organisation contacts; admins for any).",
  })
  @Roles(Role.ADMIN, Role.ORG_CONTACT)
  organisationInvitations(
    @CurrentViewer() viewer: Viewer,
    @Args() scope: OrganisationScopeArgs,
    @Args() page: PageArgs,
  ) {
    return this.management.list(viewer, scope.organisationId, page);
  }

  @Mutation(() => InvitationType, {
    description: 'Sends an open invitation again with a new link; the old link stops working.',
  })
  @Roles(Role.ADMIN, Role.ORG_CONTACT)
  resendInvitation(@CurrentViewer() viewer: Viewer, @Args('input') input: ResendInvitationInput) {
    return this.management.resend(viewer, input.invitationId);
  }

  @Mutation(() => InvitationType, { description: 'Withdraws an open invitation (audited).' })
  @Roles(Role.ADMIN, Role.ORG_CONTACT)
  revokeInvitation(@CurrentViewer() viewer: Viewer, @Args('input') input: RevokeInvitationInput) {
    return this.management.revoke(viewer, input.invitationId, input.reason);
  }

  @ResolveField(() => InvitationStatus)
  status(@Parent() invitation: InvitationEntity): InvitationStatus {
    return invitationStatus(invitation);
  }
}
