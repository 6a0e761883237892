// SPDX-License-Identifier: EUPL-1.2
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { RequestContext } from 'src/graph/auth/request-context';
import { AppConfig } from 'src/config/app-config';
import { actAs, userAgent } from 'src/modules/auth/auth.resolver';
import { deliverSession } from 'src/modules/auth/session-cookie';
import { Public, Roles } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { AuthPayloadType } from 'src/modules/auth/dto/auth.types';
import {
  AcceptInvitationInput,
  InvitationType,
  InviteMemberInput,
} from 'src/modules/invitations/dto/invitation.types';
import { InvitationsService } from 'src/modules/invitations/invitations.service';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => InvitationType, {
    description:
      'Invites a member by e-mail (admins; organisation contacts for their own organisation).',
  })
  @Roles(Role.ADMIN, Role.ORG_CONTACT)
  inviteMember(@CurrentViewer() viewer: Viewer, @Args('input') input: InviteMemberInput) {
    return this.invitations.invite(viewer, input);
  }

  @Mutation(() => AuthPayloadType, {
    description: 'Accepts an invitation, creates the member and signs them in.',
  })
  @Public()
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() context: RequestContext,
  ) {
    return deliverSession(
      context,
      this.config,
      actAs(context, await this.invitations.accept(input, userAgent(context))),
    );
  }
}
