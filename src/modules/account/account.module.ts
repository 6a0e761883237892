// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { AccountMailer } from 'src/modules/account/account.mailer';
import { AccountResolver } from 'src/modules/account/account.resolver';
import { AccountTokens } from 'src/modules/account/account-tokens';
import { AccountTokensRepository } from 'src/modules/account/account-tokens.repository';
import { AdminSetupService } from 'src/modules/account/admin-setup.service';
import { CurrentPassword } from 'src/modules/account/current-password';
import { EmailChangeService } from 'src/modules/account/email-change.service';
import { PasswordChangeService } from 'src/modules/account/password-change.service';
import { PasswordResetService } from 'src/modules/account/password-reset.service';
import { ResetRequestLimiter } from 'src/modules/account/reset-request-limiter';
import { AccountDeletionService } from 'src/modules/account/account-deletion.service';
import { AssessmentsModule } from 'src/modules/assessments/assessments.module';
import { AuthModule } from 'src/modules/auth/auth.module';
import { DataExportModule } from 'src/modules/data-export/data-export.module';
import { FollowsModule } from 'src/modules/follows/follows.module';
import { InvitationsModule } from 'src/modules/invitations/invitations.module';
import { MembersModule } from 'src/modules/members/members.module';
import { NotificationsModule } from 'src/modules/notifications/notifications.module';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';

/**
 * Account self-service (password change and reset, e-mail change, deletion) and the first admin.
 */
@Module({
  imports: [
    AuthModule,
    MembersModule,
    OrganisationsModule,
    FollowsModule,
    NotificationsModule,
    InvitationsModule,
    DataExportModule,
    AssessmentsModule,
  ],
  providers: [
    AccountTokensRepository,
    AccountTokens,
    CurrentPassword,
    PasswordChangeService,
    PasswordResetService,
    ResetRequestLimiter,
    EmailChangeService,
    AdminSetupService,
    AccountDeletionService,
    AccountResolver,
    AccountMailer,
  ],
  exports: [AdminSetupService],
})
export class AccountModule {}
