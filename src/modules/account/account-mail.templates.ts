// SPDX-License-Identifier: EUPL-1.2
import { escapeHtml } from 'src/common/escape-html';
import { Locale } from 'src/modules/members/locale.enum';
import type { OutgoingMail } from 'src/modules/mail/mail-transport';

export interface AccountLinkMailModel {
  to: string;
  link: string;
  expiresAt: Date;
  locale: Locale;
}

/** Paragraphs, then the link, as text and HTML (the invitation e-mail's shape). */
function compose(to: string, subject: string, lines: string[], link?: string): OutgoingMail {
  const text = `${lines.join('\n\n')}\n${link ? `\n${link}\n` : ''}`;
  const paragraphs = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  const anchor = link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : '';
  return { to, subject, text, html: paragraphs + anchor };
}

function time(date: Date, locale: Locale): string {
  return date.toLocaleString(locale === Locale.SV ? 'sv-SE' : 'en-GB', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

export function renderPasswordResetMail(model: AccountLinkMailModel): OutgoingMail {
  const until = time(model.expiresAt, model.locale);
  return model.locale === Locale.SV
    ? compose(
        model.to,
        'Återställ ditt lösenord i Samråd',
        [
          'Någon har bett om att få återställa lösenordet till ditt konto i Samråd.',
          `Öppna länken för att välja ett nytt lösenord (giltig till ${until}, kan användas en gång). Alla dina inloggningar avslutas.`,
          'Om det inte var du kan du bortse från det här meddelandet; ditt lösenord är oförändrat.',
        ],
        model.link,
      )
    : compose(
        model.to,
        'Reset your Samråd password',
        [
          'Someone asked to reset the password of your Samråd account.',
          `Open the link to choose a new password (valid until ${until}, single use). All your sessions will end.`,
          'If this was not you, ignore this message; your password has not changed.',
        ],
        model.link,
      );
}

export function renderEmailChangeMail(model: AccountLinkMailModel): OutgoingMail {
  const until = time(model.expiresAt, model.locale);
  return model.locale === Locale.SV
    ? compose(
        model.to,
        'Bekräfta din nya e-postadress i Samråd',
        [
          'Du har bett om att byta e-postadress för ditt konto i Samråd till den här adressen.',
          `Öppna länken för att bekräfta bytet (giltig till ${until}, kan användas en gång):`,
        ],
        model.link,
      )
    : compose(
        model.to,
        'Confirm your new Samråd e-mail address',
        [
          'You asked to move your Samråd account to this e-mail address.',
          `Open the link to confirm the change (valid until ${until}, single use):`,
        ],
        model.link,
      );
}

export function renderEmailChangedNotice(model: {
  to: string;
  locale: Locale;
  supportUrl: string;
}): OutgoingMail {
  return model.locale === Locale.SV
    ? compose(model.to, 'Din e-postadress i Samråd har bytts', [
        'E-postadressen för ditt konto i Samråd har bytts, och meddelanden går nu till den nya adressen.',
        `Om det inte var du, kontakta din organisations kontaktperson eller ${model.supportUrl} omedelbart.`,
      ])
    : compose(model.to, 'Your Samråd e-mail address has changed', [
        'The e-mail address of your Samråd account has changed, and messages now go to the new address.',
        `If this was not you, contact your organisation's contact person or ${model.supportUrl} at once.`,
      ]);
}
