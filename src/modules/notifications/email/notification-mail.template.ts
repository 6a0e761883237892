// SPDX-License-Identifier: EUPL-1.2
import { ContentType } from 'src/modules/content/content-type.enum';
import type { OutgoingMail } from 'src/modules/mail/mail-transport';
import { Locale } from 'src/modules/members/locale.enum';
import type { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import {
  kindText,
  notificationText,
  type CurrentItem,
} from 'src/modules/notifications/notification-text';
import type { NotificationEntity } from 'src/modules/notifications/notification.entity';
import { escapeHtml } from 'src/common/escape-html';

/** Only what the notification row says: its payload has ids and the decision, never an author. */
export type MailedNotification = Pick<
  NotificationEntity,
  'kind' | 'contentType' | 'contentId' | 'payload'
>;

export interface NotificationMailModel {
  to: string;
  locale: Locale;
  notification: MailedNotification;
  /**
   * The item's current title and note for a CLEAR/GREEN item; null for AMBER, AMBER_STRICT and
   * RED, whose content never leaves the platform: the mail then says only what happened.
   */
  item: CurrentItem | null;
  /** PUBLIC_URL: the base of every link. */
  publicUrl: string;
  unsubscribeToken: string;
}

const PREFERENCES_PATH = 'settings/notifications';

/**
 * A link under PUBLIC_URL that keeps its path, so a deployment behind a prefix
 * (`https://host/samrad`) still links inside it.
 */
export function publicLink(publicUrl: string, path: string, query: Record<string, string> = {}) {
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  const url = new URL(path.replace(/^\/+/, ''), base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}

/** Where the item lives in the web client (the same paths as the author-reveal mail). */
export function itemPath(contentType: ContentType, contentId: string): string {
  switch (contentType) {
    case ContentType.CASE:
      return `cases/${contentId}`;
    case ContentType.QUESTION:
      return `questions/${contentId}`;
    case ContentType.ANSWER:
      return `answers/${contentId}`;
    case ContentType.GUIDELINE:
      return `guidelines/${contentId}`;
    case ContentType.ASSESSMENT:
      return `assessments/${contentId}`;
    case ContentType.DATA_EXPORT:
      // The member's export is offered on their privacy page, never by a link of its own.
      return 'settings/privacy';
  }
}

export function unsubscribeLink(publicUrl: string, token: string): string {
  return publicLink(publicUrl, 'unsubscribe', { token });
}

/** What kind of news this is, without the title (the subject line, the unsubscribe page). */
export function kindLabel(kind: NotificationKind, locale: Locale): string {
  return kindText(kind, locale);
}

/**
 * One notification as an e-mail in the member's language, text and HTML. The subject says only
 * what kind of news it is: subjects end up in mail logs and lock-screen previews. The body has
 * the title only when the caller passes `item` (CLEAR/GREEN items); otherwise it says what
 * happened and links to it. Headers make it one-click unsubscribable (RFC 8058) and mark it as
 * automatic (RFC 3834), so auto-responders stay quiet.
 */
export function renderNotificationMail(model: NotificationMailModel): OutgoingMail {
  const sv = model.locale === Locale.SV;
  const { notification } = model;
  const label = kindLabel(notification.kind, model.locale);
  const what = notificationText(notification, model.locale, model.item);
  const itemUrl = publicLink(
    model.publicUrl,
    itemPath(notification.contentType, notification.contentId),
  );
  const preferencesUrl = publicLink(model.publicUrl, PREFERENCES_PATH);
  const unsubscribeUrl = unsubscribeLink(model.publicUrl, model.unsubscribeToken);

  const open = sv ? 'Öppna i Samråd:' : 'Open it in Samråd:';
  const why = sv
    ? `Du får det här e-postmeddelandet eftersom du har valt e-post för ”${label}”.`
    : `You get this e-mail because e-mail is on for “${label}”.`;
  const change = sv
    ? 'Välj vilka e-postmeddelanden du får i dina aviseringsinställningar:'
    : 'Choose which e-mails you get in your notification settings:';
  const stop = sv
    ? 'Sluta få e-post av det här slaget (ett klick):'
    : 'Stop e-mails of this kind (one click):';

  const text = [
    what,
    `${open}\n${itemUrl}`,
    '--',
    `${why}\n${change}\n${preferencesUrl}\n${stop}\n${unsubscribeUrl}`,
  ].join('\n\n');

  const link = (href: string, body: string) =>
    `<a href="${escapeHtml(href)}">${escapeHtml(body)}</a>`;
  const html = [
    `<!doctype html><html lang="${sv ? 'sv' : 'en'}"><body>`,
    `<p>${escapeHtml(what).replaceAll('\n', '<br>')}</p>`,
    `<p>${link(itemUrl, sv ? 'Öppna i Samråd' : 'Open it in Samråd')}</p>`,
    '<hr>',
    '<p style="font-size:small;color:#555">',
    `${escapeHtml(why)}<br>`,
    `${link(preferencesUrl, sv ? 'Ändra dina aviseringsinställningar' : 'Change your notification settings')}`,
    ` · ${link(unsubscribeUrl, sv ? 'Sluta få e-post av det här slaget' : 'Stop e-mails of this kind')}`,
    '</p></body></html>',
  ].join('');

  return {
    to: model.to,
    subject: `Samråd: ${label}`,
    text: `${text}\n`,
    html,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    },
  };
}
