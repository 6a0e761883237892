// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { AuthModule } from 'src/modules/auth/auth.module';
import { InvitationManagementResolver } from 'src/modules/invitations/invitation-management.resolver';
import { InvitationManagementService } from 'src/modules/invitations/invitation-management.service';
import { InvitationMailer } from 'src/modules/invitations/invitation.mailer';
import { InvitationsRepository } from 'src/modules/invitations/invitations.repository';
import { InvitationsResolver } from 'src/modules/invitations/invitations.resolver';
import { InvitationsService } from 'src/modules/invitations/invitations.service';
import { MembersModule } from 'src/modules/members/members.module';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';

@Module({
  imports: [AuthModule, MembersModule, OrganisationsModule],
  providers: [
    InvitationsRepository,
    InvitationsService,
    InvitationsResolver,
    InvitationMailer,
    InvitationManagementService,
    InvitationManagementResolver,
  ],
  exports: [InvitationsService],
})
export class InvitationsModule {}
