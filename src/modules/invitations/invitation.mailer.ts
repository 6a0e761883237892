// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import { renderInvitationMail } from 'src/modules/invitations/invitation-mail.template';
import {
  InvitationsService,
  MEMBER_INVITED_EVENT,
} from 'src/modules/invitations/invitations.service';
import { Locale } from 'src/modules/members/locale.enum';
import { MailTransport } from 'src/modules/mail/mail-transport';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import type { OutboxEventJob } from 'src/modules/outbox/outbox-event';

@Injectable()
export class InvitationMailer {
  constructor(
    private readonly config: AppConfig,
    private readonly invitations: InvitationsService,
    private readonly organisations: OrganisationsService,
    private readonly mail: MailTransport,
  ) {}

  /** Sends the invitation link; skips invitations that were accepted or expired meanwhile. */
  @OnJob({
    queue: QueueName.Mail,
    name: 'mail.invitation',
    events: [MEMBER_INVITED_EVENT],
    concurrency: 4,
  })
  async sendInvitation(
    job: OutboxEventJob<typeof MEMBER_INVITED_EVENT>,
  ): Promise<{ sent: boolean }> {
    const pending = await this.invitations.pendingInvitationMail(
      job.payload.invitationId,
      job.payload.sealedToken,
    );
    if (!pending) return { sent: false };
    const { invitation, token } = pending;
    const organisation = await this.organisations.require(invitation.organisationId);
    const link = new URL('/invitation', this.config.publicUrl);
    link.searchParams.set('token', token);
    await this.mail.send(
      renderInvitationMail({
        to: invitation.email,
        organisationName:
          invitation.locale === Locale.SV ? organisation.nameSv : organisation.nameEn,
        link: link.toString(),
        expiresAt: invitation.expiresAt,
        locale: invitation.locale,
      }),
    );
    return { sent: true };
  }
}
