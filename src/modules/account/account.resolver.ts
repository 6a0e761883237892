// SPDX-License-Identifier: EUPL-1.2
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Members, Public, Roles } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import type { Viewer } from 'src/graph/auth/viewer';
import { Role } from 'src/graph/auth/role.enum';
import { AccountDeletionService } from 'src/modules/account/account-deletion.service';
import {
  ChangePasswordInput,
  DeleteMemberInput,
  DeleteMyAccountInput,
  ConfirmEmailChangeInput,
  RequestEmailChangeInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
} from 'src/modules/account/dto/account.inputs';
import { EmailChangeService } from 'src/modules/account/email-change.service';
import { PasswordChangeService } from 'src/modules/account/password-change.service';
import { PasswordResetService } from 'src/modules/account/password-reset.service';
import { clientAddress } from 'src/modules/auth/auth.resolver';

/** Account self-service: password change and reset, e-mail change, deletion. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly passwordChange: PasswordChangeService,
    private readonly passwordReset: PasswordResetService,
    private readonly emailChange: EmailChangeService,
    private readonly deletion: AccountDeletionService,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'Deletes my account (my current password confirms it): my personal data is erased, what I ' +
      'wrote stays under "former member", and every session ends. Cannot be undone.',
  })
  @Members()
  async deleteMyAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DeleteMyAccountInput,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.deletion.deleteOwn(viewer, input.currentPassword, clientAddress(context));
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      "Deletes a member's account as deleteMyAccount does (admins; audited with the reason).",
  })
  @Roles(Role.ADMIN)
  async deleteMember(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DeleteMemberInput,
  ): Promise<boolean> {
    await this.deletion.deleteByAdmin(viewer, input.memberId, input.reason);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Changes my password (the current one is required); my other sessions end.',
  })
  @Members()
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangePasswordInput,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.passwordChange.change(
      viewer,
      input.currentPassword,
      input.newPassword,
      clientAddress(context),
    );
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a single-use reset link (valid 1 hour) if the address belongs to an active member. ' +
      'Always answers true, so it does not tell whether an address is known; rate-limited.',
  })
  @Public()
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.passwordReset.request(input.email, clientAddress(context));
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password from a reset or account-setup link; every session ends.',
  })
  @Public()
  async resetPassword(
    @Args('input') input: ResetPasswordInput,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.passwordReset.reset(input.token, input.newPassword, clientAddress(context));
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a confirmation link (valid 24 hours) to the new address; the change happens when ' +
      'it is opened. Answers true also when the address cannot be used, without saying why.',
  })
  @Members()
  async requestEmailChange(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RequestEmailChangeInput,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.emailChange.request(
      viewer,
      input.newEmail,
      input.currentPassword,
      clientAddress(context),
    );
    return true;
  }

  @Mutation(() => Boolean, { description: 'Confirms a new e-mail address from its link.' })
  @Public()
  async confirmEmailChange(
    @Args('input') input: ConfirmEmailChangeInput,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.emailChange.confirm(input.token, clientAddress(context));
    return true;
  }
}
