// SPDX-License-Identifier: EUPL-1.2
import { ContentType } from 'src/modules/content/content-type.enum';
import { Locale } from 'src/modules/members/locale.enum';
import {
  publicLink,
  renderNotificationMail,
} from 'src/modules/notifications/email/notification-mail.template';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';

const CASE_ID = '0b7c5a58-7f0e-4c0a-9d1e-2a3b4c5d6e7f';

describe(renderNotificationMail.name, () => {
  const model = (locale: Locale, title: string) => ({
    to: 'member@example.org',
    locale,
    publicUrl: 'https://samrad.example/app',
    unsubscribeToken: 'a.b.c',
    notification: {
      kind: NotificationKind.NEW_ITEM_IN_FOLLOWED_TOPIC,
      contentType: ContentType.CASE,
      contentId: CASE_ID,
      payload: {},
    },
    item: { title, moderationNote: null },
  });

  it('links under PUBLIC_URL, its path prefix kept', () => {
    const sut = renderNotificationMail(model(Locale.EN, 'A joint lab'));
    expect(sut.text).toContain(`https://samrad.example/app/cases/${CASE_ID}`);
    expect(sut.text).toContain('https://samrad.example/app/settings/notifications');
    expect(sut.headers).toEqual({
      'List-Unsubscribe': '<https://samrad.example/app/unsubscribe?token=a.b.c>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    });
    expect(publicLink('http://localhost:3000', '/questions/1')).toBe(
      'http://localhost:3000/questions/1',
    );
  });

  it('writes Swedish or English and keeps the title out of the subject', () => {
    const sv = renderNotificationMail(model(Locale.SV, 'Ett gemensamt labb'));
    const en = renderNotificationMail(model(Locale.EN, 'A joint lab'));
    expect(sv.subject).toBe('Samråd: Nytt inom det du följer');
    expect(sv.text.startsWith('Nytt inom det du följer: Ett gemensamt labb\n')).toBe(true);
    expect(en.subject).toBe('Samråd: New in what you follow');
    expect(en.text.startsWith('New in what you follow: A joint lab\n')).toBe(true);
  });

  it('escapes everything in HTML', () => {
    const sut = renderNotificationMail(model(Locale.EN, '<img src=x onerror="alert(1)"> & "co"'));
    expect(sut.html).toContain(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;co&quot;',
    );
    expect(sut.html).not.toContain('<img');
  });

  it('says only what happened and links to it when there is no item to show (restricted)', () => {
    const sut = renderNotificationMail({ ...model(Locale.EN, 'A RED secret'), item: null });
    expect(sut.subject).toBe('Samråd: New in what you follow');
    expect(sut.text.startsWith('New in what you follow\n')).toBe(true);
    expect(sut.text).toContain(`https://samrad.example/app/cases/${CASE_ID}`);
    expect(`${sut.subject}${sut.text}${sut.html}`).not.toContain('RED secret');
  });
});
