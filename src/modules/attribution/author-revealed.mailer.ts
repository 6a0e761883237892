// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { AUTHOR_REVEALED_EVENT } from 'src/modules/attribution/author-reveal.service';
import { ContentRegistry } from 'src/modules/content/content-registry';
import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import { MailTransport, type OutgoingMail } from 'src/modules/mail/mail-transport';
import { Locale } from 'src/modules/members/locale.enum';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService } from 'src/modules/members/members.service';
import type { OutboxEventJob } from 'src/modules/outbox/outbox-event';

/** Tells the author that a moderator has learnt who they are (DOMAIN §3): never a silent reveal. */
@Injectable()
export class AuthorRevealedMailer {
  constructor(
    private readonly config: AppConfig,
    private readonly registry: ContentRegistry,
    private readonly members: MembersService,
    private readonly mail: MailTransport,
  ) {}

  @OnJob({ queue: QueueName.Mail, name: 'mail.author-revealed', events: [AUTHOR_REVEALED_EVENT] })
  async tellAuthor(job: OutboxEventJob<typeof AUTHOR_REVEALED_EVENT>): Promise<{ sent: boolean }> {
    const { contentType, contentId, reason } = job.payload;
    const ref = await this.registry.adapter(contentType).findRef(contentId);
    if (!ref) return { sent: false };
    const author = await this.members.require(ref.authorId);
    if (author.status !== MemberStatus.ACTIVE) return { sent: false };
    await this.mail.send(
      renderAuthorRevealedMail({
        to: author.email,
        locale: author.locale,
        title: ref.title,
        reason,
        link: new URL(`/${contentType.toLowerCase()}s/${contentId}`, this.config.publicUrl).href,
      }),
    );
    return { sent: true };
  }
}

export function renderAuthorRevealedMail(model: {
  to: string;
  locale: Locale;
  title: string;
  reason: string;
  link: string;
}): OutgoingMail {
  const sv = model.locale === Locale.SV;
  const lines = sv
    ? [
        'En moderator på Samråd har sett att du är författare till:',
        `"${model.title}"`,
        `Skäl som moderatorn angav: ${model.reason}`,
        'Åtgärden är loggad. Hör av dig till plattformens förvaltning om du har frågor.',
      ]
    : [
        'A Samråd moderator has been shown that you are the author of:',
        `"${model.title}"`,
        `Reason given by the moderator: ${model.reason}`,
        'The action is logged. Contact the platform team if you have questions.',
      ];
  return {
    to: model.to,
    subject: sv ? 'En moderator har sett vem du är' : 'A moderator has been shown who you are',
    text: `${lines.join('\n\n')}\n\n${model.link}\n`,
  };
}
