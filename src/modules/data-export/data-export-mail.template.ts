// SPDX-License-Identifier: EUPL-1.2
import { escapeHtml } from 'src/common/escape-html';
import { Locale } from 'src/modules/members/locale.enum';
import type { OutgoingMail } from 'src/modules/mail/mail-transport';

/**
 * "Your export is ready": no content of the export and no download link (that is only shown
 * to the member signed in), just where to fetch it and until when.
 */
export function renderDataExportReadyMail(model: {
  to: string;
  locale: Locale;
  link: string;
  expiresAt: Date;
}): OutgoingMail {
  const until = model.expiresAt.toLocaleString(model.locale === Locale.SV ? 'sv-SE' : 'en-GB', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const [subject, lines] =
    model.locale === Locale.SV
      ? [
          'Din dataexport från Samråd är klar',
          [
            'Exporten av dina uppgifter som du begärde är klar.',
            `Logga in och hämta den under Integritet i dina inställningar före ${until}. Den kan hämtas en gång.`,
          ],
        ]
      : [
          'Your Samråd data export is ready',
          [
            'The export of your data that you asked for is ready.',
            `Sign in and download it under Privacy in your settings before ${until}. It can be downloaded once.`,
          ],
        ];
  const text = `${lines.join('\n\n')}\n\n${model.link}\n`;
  const html =
    lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('') +
    `<p><a href="${escapeHtml(model.link)}">${escapeHtml(model.link)}</a></p>`;
  return { to: model.to, subject, text, html };
}
