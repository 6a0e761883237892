// SPDX-License-Identifier: EUPL-1.2
import { escapeHtml } from 'src/common/escape-html';
import { Locale } from 'src/modules/members/locale.enum';
import { kindLabel } from 'src/modules/notifications/email/notification-mail.template';
import { UNSUBSCRIBE_TOKEN_MESSAGES } from 'src/modules/notifications/email/unsubscribe.errors';
import type { InvalidUnsubscribeTokenReason } from 'src/modules/notifications/email/unsubscribe-token';
import type { NotificationKind } from 'src/modules/notifications/notification-kind.enum';

/** The bad-link messages in Swedish, for the page (GraphQL keeps the English ones). */
const UNSUBSCRIBE_TOKEN_MESSAGES_SV: Record<InvalidUnsubscribeTokenReason, string> = {
  FORGED:
    'Länken för att avsluta e-post är inte giltig. Ändra dina e-postinställningar i Samråd i stället.',
  EXPIRED:
    'Länken för att avsluta e-post har gått ut (länkar gäller i 60 dagar). Ändra dina e-postinställningar i Samråd i stället.',
  MALFORMED:
    'Det här är ingen länk för att avsluta e-post. Kopiera hela länken från e-postmeddelandet.',
};

/**
 * The pages an unsubscribe link opens, server-rendered (no script, so the strict CSP holds).
 * The page knows the kind from the token, not who is reading or their language, so it says
 * everything in Swedish and then in English (`lang` on each part, for screen readers).
 */
export const UnsubscribePages = {
  confirm(kind: NotificationKind): string {
    const sv = escapeHtml(kindLabel(kind, Locale.SV));
    const en = escapeHtml(kindLabel(kind, Locale.EN));
    // No action attribute: the form posts back to this very URL, token included.
    return page(
      'Avsluta e-post – Samråd',
      `<h1>Avsluta e-post <span lang="en">/ Unsubscribe</span></h1>` +
        `<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">` +
        `<p>Vill du sluta få e-post om ”${sv}”? Aviseringarna i Samråd finns kvar.</p>` +
        `<p lang="en">Stop e-mails about “${en}”? Your notifications in Samråd stay.</p>` +
        `<p><button type="submit">Avsluta e-post <span lang="en">/ Unsubscribe</span></button></p></form>`,
    );
  },

  done(kind: NotificationKind, settingsUrl: string): string {
    const sv = escapeHtml(kindLabel(kind, Locale.SV));
    const en = escapeHtml(kindLabel(kind, Locale.EN));
    return page(
      'E-post avslutad – Samråd',
      `<h1>Klart <span lang="en">/ Done</span></h1>` +
        `<p role="status">Du får inte längre e-post om ”${sv}”.</p>` +
        `<p lang="en">You will no longer get e-mail about “${en}”.</p>` +
        settingsLink(settingsUrl),
    );
  },

  invalid(reason: InvalidUnsubscribeTokenReason, settingsUrl: string): string {
    return page(
      'Ogiltig länk – Samråd',
      `<h1>Länken fungerar inte <span lang="en">/ The link does not work</span></h1>` +
        `<p>${escapeHtml(UNSUBSCRIBE_TOKEN_MESSAGES_SV[reason])}</p>` +
        `<p lang="en">${escapeHtml(UNSUBSCRIBE_TOKEN_MESSAGES[reason])}</p>` +
        settingsLink(settingsUrl),
    );
  },
};

function settingsLink(url: string): string {
  return (
    `<p><a href="${escapeHtml(url)}">Inställningar för aviseringar</a> ` +
    `<span lang="en">(<a href="${escapeHtml(url)}">notification settings</a>)</span></p>`
  );
}

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="sv"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>` +
    `<body><main>${body}</main></body></html>`
  );
}
