// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { SecretBox } from 'src/common/secret-box';
import {
  renderEmailChangeMail,
  renderEmailChangedNotice,
  renderPasswordResetMail,
} from 'src/modules/account/account-mail.templates';
import { AccountTokens } from 'src/modules/account/account-tokens';
import {
  EMAIL_CHANGE_REQUESTED_EVENT,
  EMAIL_CHANGED_EVENT,
} from 'src/modules/account/email-change.service';
import { PASSWORD_RESET_REQUESTED_EVENT } from 'src/modules/account/password-reset.service';
import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import { MailTransport } from 'src/modules/mail/mail-transport';
import { MembersService } from 'src/modules/members/members.service';
import type { OutboxEventJob } from 'src/modules/outbox/outbox-event';

/** Public paths of the web client that take a `token` query parameter. */
export const RESET_PASSWORD_PATH = '/reset-password';
export const CONFIRM_EMAIL_PATH = '/confirm-email';

export function accountLink(publicUrl: string, path: string, token: string): string {
  const link = new URL(path, publicUrl);
  link.searchParams.set('token', token);
  return link.toString();
}

/**
 * Account e-mail from outbox events. Each handler re-reads the token and sends nothing once it
 * was used, expired or replaced, so a retried or late job never mails a dead (or newer) link.
 */
@Injectable()
export class AccountMailer {
  private readonly secrets: SecretBox;

  constructor(
    private readonly config: AppConfig,
    private readonly tokens: AccountTokens,
    private readonly members: MembersService,
    private readonly mail: MailTransport,
  ) {
    this.secrets = new SecretBox(config.env.DATA_ENCRYPTION_KEY);
  }

  @OnJob({
    queue: QueueName.Mail,
    name: 'mail.password-reset',
    events: [PASSWORD_RESET_REQUESTED_EVENT],
  })
  async sendPasswordReset(
    job: OutboxEventJob<typeof PASSWORD_RESET_REQUESTED_EVENT>,
  ): Promise<{ sent: boolean }> {
    const pending = await this.tokens.openIfPending(job.payload.tokenId, job.payload.sealedToken);
    if (!pending) return { sent: false };
    const member = await this.members.require(pending.entity.memberId);
    await this.mail.send(
      renderPasswordResetMail({
        to: member.email,
        link: accountLink(this.config.publicUrl, RESET_PASSWORD_PATH, pending.token),
        expiresAt: pending.entity.expiresAt,
        locale: member.locale,
      }),
    );
    return { sent: true };
  }

  @OnJob({
    queue: QueueName.Mail,
    name: 'mail.email-change',
    events: [EMAIL_CHANGE_REQUESTED_EVENT],
  })
  async sendEmailChange(
    job: OutboxEventJob<typeof EMAIL_CHANGE_REQUESTED_EVENT>,
  ): Promise<{ sent: boolean }> {
    const pending = await this.tokens.openIfPending(job.payload.tokenId, job.payload.sealedToken);
    if (!pending?.entity.newEmail) return { sent: false };
    const member = await this.members.require(pending.entity.memberId);
    await this.mail.send(
      renderEmailChangeMail({
        to: pending.entity.newEmail,
        link: accountLink(this.config.publicUrl, CONFIRM_EMAIL_PATH, pending.token),
        expiresAt: pending.entity.expiresAt,
        locale: member.locale,
      }),
    );
    return { sent: true };
  }

  @OnJob({
    queue: QueueName.Mail,
    name: 'mail.email-changed-notice',
    events: [EMAIL_CHANGED_EVENT],
  })
  async sendEmailChangedNotice(
    job: OutboxEventJob<typeof EMAIL_CHANGED_EVENT>,
  ): Promise<{ sent: boolean }> {
    const member = await this.members.require(job.aggregate.id);
    await this.mail.send(
      renderEmailChangedNotice({
        to: this.secrets.open(job.payload.sealedPreviousEmail),
        locale: member.locale,
        supportUrl: this.config.publicUrl,
      }),
    );
    return { sent: true };
  }
}
