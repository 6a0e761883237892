// SPDX-License-Identifier: EUPL-1.2
import { Locale } from 'src/modules/members/locale.enum';
import type { OutgoingMail } from 'src/modules/mail/mail-transport';
import { escapeHtml } from 'src/common/escape-html';

export interface InvitationMailModel {
  to: string;
  organisationName: string;
  link: string;
  expiresAt: Date;
  locale: Locale;
}

/** The invitation e-mail in the invitee's language, as text and HTML. */
export function renderInvitationMail(model: InvitationMailModel): OutgoingMail {
  const sv = model.locale === Locale.SV;
  const expires = model.expiresAt.toLocaleDateString(sv ? 'sv-SE' : 'en-GB', {
    timeZone: 'Europe/Stockholm',
  });
  const subject = sv ? 'Inbjudan till Samråd' : 'Invitation to Samråd';
  const lines = sv
    ? [
        `Du har bjudits in till Samråd som medlem för ${model.organisationName}.`,
        'Samråd är en sluten plattform för erfarenhetsutbyte om ansvarsfull internationalisering.',
        `Öppna länken för att välja namn och lösenord (giltig till ${expires}, kan användas en gång):`,
      ]
    : [
        `You have been invited to Samråd as a member for ${model.organisationName}.`,
        'Samråd is a closed platform for exchanging experience of responsible internationalisation.',
        `Open the link to choose your name and password (valid until ${expires}, single use):`,
      ];
  const text = `${lines.join('\n\n')}\n\n${model.link}\n`;
  const html = `${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p><a href="${escapeHtml(model.link)}">${escapeHtml(model.link)}</a></p>`;
  return { to: model.to, subject, text, html };
}
