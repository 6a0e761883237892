// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { ContentType } from 'src/modules/content/content-type.enum';
import { Locale } from 'src/modules/members/locale.enum';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import {
  NotificationsService,
  type NotificationDraft,
} from 'src/modules/notifications/notifications.service';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { askQuestion } from 'test/factories/question.factory';
import { eventually } from 'test/helpers/eventually';
import { notificationsSettled } from 'test/helpers/notifications-settled';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { sql } from 'test/helpers/sql';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

/**
 * A notification's e-mail goes into the outbox with the notification row (issue 11): the process
 * may die right after the commit, before anything reaches the queue, and the relay of a worker
 * started later still sends the mail. A rolled-back notification leaves no e-mail behind.
 */
describe('Notification e-mail through the outbox (e2e: real relay, real SMTP)', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let asker: SignedInMember;
  let reader: SignedInMember;
  let questionId: string;

  beforeAll(async () => {
    smtp = new SmtpCapture();
    // No worker yet: nothing relays the outbox or sends mail until the test starts one.
    t = await startTestApp({ worker: false, smtpUrl: await smtp.start() });
    asker = await signedInMember(t, { locale: Locale.EN });
    // A colleague whom only this test's notifications concern (no question, answer or follow).
    reader = await signedInMember(t, { locale: Locale.EN });
    questionId = (await askQuestion(t, asker, { sharingLevel: 'AMBER_STRICT' })).id;
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const draft = (eventKey: string): NotificationDraft => ({
    kind: NotificationKind.QUESTION_DIRECTED_TO_MY_ORGANISATION,
    eventKey,
    contentType: ContentType.QUESTION,
    contentId: questionId,
    payload: { questionId },
  });
  const emailEvents = (notificationId: string) =>
    sql<{ aggregate_type: string; published_at: Date | null }>(
      t,
      `SELECT aggregate_type, published_at FROM outbox
        WHERE topic = 'notification.email-requested' AND aggregate_id = $1`,
      [notificationId],
    );
  const mailsTo = (member: SignedInMember) =>
    smtp.messages.filter((m) => [m.to].flat().some((a) => a?.text.includes(member.email)));

  it('sends the mail of a notification committed just before a crash, once a worker relays the outbox', async () => {
    const notifications = t.app.get(NotificationsService);
    // The router's transaction commits the row; the process "dies" before announcing anything.
    const inserted = await t.app
      .get(TransactionHost)
      .run(() => notifications.insert(draft('crash-after-commit'), [reader.id]));
    const [row] = inserted.rows;
    expect(row).toBeDefined();
    expect(await emailEvents(row!.id)).toEqual([
      { aggregate_type: 'notification', published_at: null },
    ]);

    // A rolled-back notification takes its e-mail with it.
    await expect(
      t.app.get(TransactionHost).run(async () => {
        await notifications.insert(draft('rolled-back'), [reader.id]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await sql(t, `SELECT 1 FROM notification WHERE event_key = 'rolled-back'`)).toHaveLength(
      0,
    );

    // A worker starts (after the restart): its relay queues the mail, its mailer sends it.
    await t.startWorker();
    const mail = await smtp.waitFor(reader.email, 30_000);
    expect(mail.text).toContain(questionId);
    await eventually(async () =>
      (await emailEvents(row!.id))[0]?.published_at ? true : undefined,
    );
    await notificationsSettled(t.app.get(DataSource));
    expect(mailsTo(reader)).toHaveLength(1);
  }, 90_000);

  it('writes no e-mail event for a member who does not want the kind by e-mail', async () => {
    const quiet = await signedInMember(t, { locale: Locale.EN });
    await t.gql(
      `mutation($input: SetNotificationPreferenceInput!) {
        setNotificationPreference(input: $input) { kind email } }`,
      { input: { kind: 'QUESTION_DIRECTED_TO_MY_ORGANISATION', email: false } },
      quiet.accessToken,
    );
    const inserted = await t.app
      .get(TransactionHost)
      .run(() => t.app.get(NotificationsService).insert(draft('email-off'), [quiet.id]));
    expect(inserted.rows).toHaveLength(1);
    expect(await emailEvents(inserted.rows[0]!.id)).toEqual([]);
  });
});
