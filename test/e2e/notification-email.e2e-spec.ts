// SPDX-License-Identifier: EUPL-1.2
import { Logger } from '@nestjs/common';
import { SignJWT, decodeJwt } from 'jose';
import type { ParsedMail } from 'mailparser';
import type { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/app-config';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import { outboxJobId } from 'src/modules/outbox/outbox-relay';
import { Locale } from 'src/modules/members/locale.enum';
import { NotificationMailer } from 'src/modules/notifications/email/notification.mailer';
import {
  UNSUBSCRIBE_AUDIENCE,
  UNSUBSCRIBE_ISSUER,
} from 'src/modules/notifications/email/unsubscribe-token';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { Role } from 'src/graph/auth/role.enum';
import {
  answerQuestion,
  approve,
  askQuestion,
  organisationId,
} from 'test/factories/question.factory';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { sql } from 'test/helpers/sql';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';
import { eventually } from 'test/helpers/eventually';
import { escapeHtml } from 'src/common/escape-html';

const ANSWERER_NAME = 'Ingrid Ödmark-Svarsperson';
const KIND = 'ANSWER_TO_MY_QUESTION';

const NOTIFICATIONS = `{ notifications(first: 20) {
  edges { node { id kind contentType contentId title read } } } }`;
const PREFERENCES = `{ myNotificationPreferences { kind email } }`;
const SET_PREFERENCE = `mutation($input: SetNotificationPreferenceInput!) {
  setNotificationPreference(input: $input) { kind email } }`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) { kind } }`;

interface NotificationNode {
  id: string;
  kind: string;
  contentType: string;
  contentId: string;
  title: string | null;
}

/** The raw value of a header line, unfolded. */
function header(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

describe('Notification e-mail and unsubscribe (e2e: worker, real SMTP)', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let smtpPort: number;
  let publicUrl: string;
  let baseUrl: string;
  let answerer: SignedInMember;
  let moderator: SignedInMember;
  /** The English asker's first mail, read again by the unsubscribe tests. */
  let englishMail: ParsedMail;
  let englishNotification: NotificationNode;
  let englishAsker: SignedInMember;
  let swedishMail: ParsedMail;
  let swedishAsker: SignedInMember;

  const mailsTo = (member: SignedInMember) =>
    smtp.messages.filter((m) => [m.to].flat().some((a) => a?.text.includes(member.email)));
  /** The e-mail job the relay made of the notification's outbox event, if there is one. */
  const emailJob = async (notificationId: string) => {
    const [event] = await sql<{ id: string }>(
      t,
      `SELECT id FROM outbox WHERE topic = 'notification.email-requested' AND aggregate_id = $1`,
      [notificationId],
    );
    if (!event) return undefined;
    return t.app.get(JobQueue).queue(QueueName.Notifications).getJob(outboxJobId(event.id));
  };
  const jobCompleted = (notificationId: string) =>
    eventually(async () =>
      (await (await emailJob(notificationId))?.getState()) === 'completed' ? true : undefined,
    );
  /**
   * Every outbox event relayed and the notification's e-mail job, if it has one, finished: no
   * mail for it is still on its way, so "nothing arrived" is final.
   */
  const emailSettled = (notificationId: string) =>
    eventually(async () => {
      const [pending] = await sql<{ n: number }>(
        t,
        `SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`,
      );
      if (pending!.n > 0) return undefined;
      const job = await emailJob(notificationId);
      const state = job ? await job.getState() : 'none';
      return state === 'none' || state === 'completed' || state === 'failed' ? true : undefined;
    });
  const notificationsOf = async (member: SignedInMember): Promise<NotificationNode[]> => {
    const result = await t.gql(NOTIFICATIONS, {}, member.accessToken);
    expect(result.errors).toBeUndefined();
    return (result.data!.notifications.edges as { node: NotificationNode }[]).map((e) => e.node);
  };
  const emailPreference = async (member: SignedInMember) => {
    const result = await t.gql(PREFERENCES, {}, member.accessToken);
    return (result.data!.myNotificationPreferences as { kind: string; email: boolean }[]).find(
      (p) => p.kind === KIND,
    )!.email;
  };

  /**
   * `asker` asks a question, internal (AMBER_STRICT) unless `overrides` say otherwise, and
   * `answerer` answers it anonymously; a moderator approves community questions and answers.
   */
  async function answeredQuestion(
    asker: SignedInMember,
    title: string,
    overrides: Record<string, unknown> = {},
  ) {
    const question = await askQuestion(t, asker, {
      title,
      sharingLevel: 'AMBER_STRICT',
      ...overrides,
    });
    if (question.status === 'PENDING_REVIEW') await approve(t, moderator, 'QUESTION', question.id);
    const answer = await answerQuestion(t, answerer, question.id, { attribution: 'ANONYMOUS' });
    if (answer.status === 'PENDING_REVIEW') await approve(t, moderator, 'ANSWER', answer.id);
    const notification = await eventually(async () => {
      return (await notificationsOf(asker)).find((n) => n.kind === KIND);
    });
    return { question, notification };
  }

  /** Nothing in the mail names the answerer, who chose to be anonymous (DOMAIN §3). */
  function expectNoAuthor(mail: ParsedMail) {
    const everything = [
      mail.subject,
      mail.text,
      typeof mail.html === 'string' ? mail.html : '',
      ...mail.headerLines.map((h) => h.line),
    ].join('\n');
    for (const secret of [ANSWERER_NAME, answerer.email, answerer.id])
      expect(everything).not.toContain(secret);
  }

  /** The item's title appears nowhere in the mail (nor does a word of it, for restricted items). */
  function expectNothingOf(mail: ParsedMail, title: string) {
    const everything = [
      mail.subject,
      mail.text,
      typeof mail.html === 'string' ? mail.html : '',
      ...mail.headerLines.map((h) => h.line),
    ].join('\n');
    expect(everything).not.toContain(title);
    expect(everything).not.toContain(escapeHtml(title));
  }

  beforeAll(async () => {
    smtp = new SmtpCapture();
    const smtpUrl = await smtp.start();
    smtpPort = Number(new URL(smtpUrl).port);
    t = await startTestApp({ worker: true, smtpUrl });
    publicUrl = t.app.get(AppConfig).publicUrl.replace(/\/$/, '');
    baseUrl = t.url.replace(/\/graphql$/, '');
    answerer = await signedInMember(t, { displayName: ANSWERER_NAME, locale: Locale.EN });
    moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  describe('sending', () => {
    it('mails an English asker once, with a link and one-click unsubscribe, and no title of an internal question', async () => {
      const asker = (englishAsker = await signedInMember(t, { locale: Locale.EN }));
      const title = 'Can a visiting researcher take <lab> notes home?';
      const { question, notification } = await answeredQuestion(asker, title);
      englishNotification = notification;
      expect(await notificationsOf(asker)).toEqual([
        expect.objectContaining({ kind: KIND, contentType: 'QUESTION', contentId: question.id }),
      ]);

      englishMail = await smtp.waitFor(asker.email);
      await jobCompleted(notification.id);
      expect(mailsTo(asker)).toHaveLength(1);

      expect(englishMail.subject).toBe('Samråd: New answer to your question');
      // AMBER_STRICT content never leaves the platform: what happened and a link, no title.
      expect(englishMail.text!.startsWith('New answer to your question\n')).toBe(true);
      expectNothingOf(englishMail, title);
      expect(englishMail.text).toContain(`${publicUrl}/questions/${question.id}`);
      expect(englishMail.text).toContain(`${publicUrl}/settings/notifications`);

      const listUnsubscribe = header(englishMail, 'List-Unsubscribe');
      expect(listUnsubscribe).toMatch(
        new RegExp(
          `^<${publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/unsubscribe\\?token=[\\w.-]+>$`,
        ),
      );
      expect(englishMail.text).toContain(listUnsubscribe!.slice(1, -1));
      expect(header(englishMail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(header(englishMail, 'Auto-Submitted')).toBe('auto-generated');
      expectNoAuthor(englishMail);

      const rows: { sent_at: Date | null }[] = await t.app
        .get(DataSource)
        .query(`SELECT sent_at FROM email_delivery WHERE member_id = $1`, [asker.id]);
      expect(rows).toEqual([{ sent_at: expect.any(Date) }]);
    });

    it('mails a Swedish asker in Swedish', async () => {
      swedishAsker = await signedInMember(t, { locale: Locale.SV });
      const { question, notification } = await answeredQuestion(
        swedishAsker,
        'Får en gästforskare ta med sig labbanteckningar hem?',
      );
      swedishMail = await smtp.waitFor(swedishAsker.email);
      await jobCompleted(notification.id);
      expect(mailsTo(swedishAsker)).toHaveLength(1);
      expect(swedishMail.subject).toBe('Samråd: Nytt svar på din fråga');
      expect(swedishMail.text!.startsWith('Nytt svar på din fråga\n')).toBe(true);
      expectNothingOf(swedishMail, 'Får en gästforskare ta med sig labbanteckningar hem?');
      expect(swedishMail.text).toContain('Öppna i Samråd:');
      expect(swedishMail.text).toContain(`${publicUrl}/questions/${question.id}`);
      expect(swedishMail.text).toContain('Sluta få e-post av det här slaget');
      expect(header(swedishMail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expectNoAuthor(swedishMail);
    });

    it('mails the current title of a GREEN question, escaped in HTML', async () => {
      const asker = await signedInMember(t, { locale: Locale.EN });
      // Only the answer's mail here, not the approval's.
      await t.gql(
        SET_PREFERENCE,
        { input: { kind: 'MODERATION_DECISION', email: false } },
        asker.accessToken,
      );
      const title = 'May a guest take <lab> notes home?';
      const { question, notification } = await answeredQuestion(asker, title, {
        sharingLevel: 'GREEN',
      });
      const mail = await smtp.waitFor(asker.email);
      await jobCompleted(notification.id);
      expect(mailsTo(asker)).toHaveLength(1);
      expect(mail.text).toContain(`New answer to your question: ${title}`);
      expect(mail.text).toContain(`${publicUrl}/questions/${question.id}`);
      expect(mail.html).toContain('take &lt;lab&gt; notes home?');
      expect(mail.html).not.toContain('<lab>');
      expectNoAuthor(mail);
    });

    it('never mails the title of an AMBER or RED question', async () => {
      const lund = await organisationId(t, 'lunds-universitet');
      for (const level of [
        { sharingLevel: 'AMBER', recipientOrganisationIds: [answerer.organisationId] },
        { sharingLevel: 'RED', recipientMemberIds: [answerer.id] },
      ]) {
        const asker = await signedInMember(t, {
          locale: Locale.SV,
          organisationSlug: 'lunds-universitet',
        });
        expect(asker.organisationId).toBe(lund);
        const title = `${level.sharingLevel}: vilken partner står på listan?`;
        const { question, notification } = await answeredQuestion(asker, title, level);
        const mail = await smtp.waitFor(asker.email);
        await jobCompleted(notification.id);
        expect(mail.subject).toBe('Samråd: Nytt svar på din fråga');
        expect(mail.text!.startsWith('Nytt svar på din fråga\n')).toBe(true);
        expect(mail.text).toContain(`${publicUrl}/questions/${question.id}`);
        expectNothingOf(mail, title);
        expectNothingOf(mail, 'vilken partner');
      }
    });

    it('sends nothing when the member may no longer read what the mail is about', async () => {
      const asker = await signedInMember(t, { locale: Locale.EN });
      await t.gql(SET_PREFERENCE, { input: { kind: KIND, email: false } }, asker.accessToken);
      const { notification } = await answeredQuestion(asker, 'Do we screen visiting PhDs?');
      // The answer is hidden by flags before the mail job runs: the question is still readable.
      const answerId = (
        await t.app
          .get(DataSource)
          .query<{ id: string }[]>(
            `SELECT payload->>'answerId' AS id FROM notification WHERE id = $1`,
            [notification.id],
          )
      )[0]!.id;
      const flagged = await t.gql(
        `mutation($input: FlagContentInput!) { flagContent(input: $input) { contentHidden } }`,
        { input: { contentType: 'ANSWER', contentId: answerId, reason: 'PERSONAL_DATA' } },
        asker.accessToken,
      );
      expect(flagged.data).toEqual({ flagContent: { contentHidden: true } });
      await t.gql(SET_PREFERENCE, { input: { kind: KIND, email: true } }, asker.accessToken);
      expect(await t.app.get(NotificationMailer).send({ notificationId: notification.id })).toEqual(
        { sent: false, skipped: 'NOT_READABLE' },
      );
      await emailSettled(notification.id);
      expect(mailsTo(asker)).toEqual([]);
    });

    it('notifies in-app but mails nothing to a member who turned the kind off', async () => {
      const asker = await signedInMember(t, { locale: Locale.EN });
      const off = await t.gql(
        SET_PREFERENCE,
        { input: { kind: KIND, email: false } },
        asker.accessToken,
      );
      expect(off.errors).toBeUndefined();

      const { notification } = await answeredQuestion(asker, 'Is a joint lab abroad an export?');
      expect(notification.kind).toBe(KIND);
      expect(await emailJob(notification.id)).toBeUndefined();
      // The mailer decides again when it runs: called anyway, it sends nothing.
      expect(await t.app.get(NotificationMailer).send({ notificationId: notification.id })).toEqual(
        { sent: false, skipped: 'EMAIL_OFF' },
      );
      await emailSettled(notification.id);
      expect(mailsTo(asker)).toEqual([]);
    });

    it('sends nothing more when the e-mail job runs again', async () => {
      const mailer = t.app.get(NotificationMailer);
      const before = smtp.messages.length;
      expect(await mailer.send({ notificationId: englishNotification.id })).toEqual({
        sent: false,
        skipped: 'ALREADY_SENT',
      });
      expect(await mailer.send({ notificationId: 'not-a-uuid' })).toEqual({
        sent: false,
        skipped: 'NOTIFICATION_GONE',
      });
      expect(smtp.messages).toHaveLength(before);
    });

    it('retries while the SMTP server is down and mails exactly once when it is back', async () => {
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      try {
        const asker = await signedInMember(t, { locale: Locale.EN });
        await smtp.stop();
        const { notification } = await answeredQuestion(asker, 'May we host a delegation?');

        const failed = await eventually(async () => {
          const job = await emailJob(notification.id);
          return job && job.attemptsMade >= 1 && job.failedReason ? job : undefined;
        });
        expect(failed.failedReason).toMatch(/ECONNREFUSED|connect/i);
        // The worker logs the failure on its `failed` event, just after BullMQ has stored the
        // reason the query above saw: wait for it rather than race it.
        const loggedFailure = () =>
          warn.mock.calls.some(
            ([context, message]) =>
              message === 'Job failed' &&
              (context as { job?: unknown } | undefined)?.job === 'notifications.email',
          );
        await eventually(async () => (loggedFailure() ? true : undefined), 5_000);
        expect(warn).toHaveBeenCalledWith(
          expect.objectContaining({ job: 'notifications.email' }),
          'Job failed',
        );

        // The same address again, as a restarted mail server would be.
        smtp = new SmtpCapture();
        const server = (smtp as unknown as { server: SMTPServer }).server;
        await new Promise<void>((resolve) => server.listen(smtpPort, '127.0.0.1', resolve));

        await smtp.waitFor(asker.email);
        await jobCompleted(notification.id);
        expect(mailsTo(asker)).toHaveLength(1);
        expect((await emailJob(notification.id))!.attemptsMade).toBeGreaterThanOrEqual(2);
        expect(
          await t.app.get(NotificationMailer).send({ notificationId: notification.id }),
        ).toEqual({ sent: false, skipped: 'ALREADY_SENT' });
      } finally {
        warn.mockRestore();
      }
    }, 25_000);
  });

  describe('unsubscribe', () => {
    const tokenOf = (mail: ParsedMail) =>
      new URL(header(mail, 'List-Unsubscribe')!.slice(1, -1)).searchParams.get('token')!;
    const secret = () =>
      new TextEncoder().encode(t.app.get(AppConfig).env.UNSUBSCRIBE_TOKEN_SECRET);
    const sign = (claims: { sub: string; kind: string; exp: number }, key = secret()) =>
      new SignJWT({ kind: claims.kind })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(claims.sub)
        .setIssuer(UNSUBSCRIBE_ISSUER)
        .setAudience(UNSUBSCRIBE_AUDIENCE)
        .setIssuedAt(claims.exp - 3600)
        .setExpirationTime(claims.exp)
        .sign(key);
    const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

    it('turns e-mail off for the kind with a valid token, and again harmlessly', async () => {
      const token = tokenOf(englishMail);
      expect(decodeJwt(token)).toMatchObject({ kind: KIND, aud: UNSUBSCRIBE_AUDIENCE });
      expect(await emailPreference(englishAsker)).toBe(true);
      const first = await t.gql(UNSUBSCRIBE, { token });
      expect(first.errors).toBeUndefined();
      expect(first.data!.unsubscribe).toEqual({ kind: KIND });
      const again = await t.gql(UNSUBSCRIBE, { token });
      expect(again.errors).toBeUndefined();
      expect(again.data!.unsubscribe).toEqual({ kind: KIND });

      expect(decodeJwt(token).sub).toBe(englishAsker.id);
      expect(await emailPreference(englishAsker)).toBe(false);
      // Only that kind: the others keep their defaults.
      const rows: { kind: string; email: boolean }[] = await t.app
        .get(DataSource)
        .query(`SELECT kind, email FROM notification_preference WHERE member_id = $1`, [
          englishAsker.id,
        ]);
      expect(rows).toEqual([{ kind: KIND, email: false }]);
    });

    it('refuses forged, expired and malformed tokens and changes nothing', async () => {
      const valid = tokenOf(swedishMail);
      const { sub } = decodeJwt(valid);
      const [header64, payload64] = valid.split('.');
      const otherKind = Buffer.from(
        JSON.stringify({ ...decodeJwt(valid), kind: 'DIGEST' }),
      ).toString('base64url');
      const bad = {
        'signed with another key': await sign(
          { sub: sub!, kind: KIND, exp: inAnHour() },
          new TextEncoder().encode('another-secret-of-at-least-32-characters!'),
        ),
        'with a changed payload': `${header64}.${otherKind}.${valid.split('.')[2]}`,
        'with a changed signature': `${header64}.${payload64}.${'A'.repeat(43)}`,
        expired: await sign({ sub: sub!, kind: KIND, exp: Math.floor(Date.now() / 1000) - 60 }),
        garbage: 'not-a-token',
        empty: '',
      };
      const messages: Record<string, string> = {};
      for (const [name, token] of Object.entries(bad)) {
        const result = await t.gql(UNSUBSCRIBE, { token });
        expect({ name, code: errorCode(result) }).toEqual({ name, code: 'BAD_USER_INPUT' });
        messages[name] = result.errors![0]!.message;
      }
      expect(messages['signed with another key']).toMatch(/not valid/);
      expect(messages['with a changed payload']).toMatch(/not valid/);
      expect(messages.expired).toMatch(/expired/);
      expect(messages.garbage).toMatch(/not an unsubscribe link/);
      expect(await emailPreference(swedishAsker)).toBe(true);
    });

    it('unsubscribes on the one-click POST, never on GET', async () => {
      const link = new URL(header(swedishMail, 'List-Unsubscribe')!.slice(1, -1));
      const url = `${baseUrl}${link.pathname}${link.search}`;

      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-store');
      const html = await page.text();
      expect(html).toContain('<form method="post">');
      expect(html).toContain('Nytt svar på din fråga');
      expect(await emailPreference(swedishAsker)).toBe(true);

      const posted = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(posted.status).toBe(200);
      expect(posted.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await posted.text()).toContain('New answer to your question');
      expect(await emailPreference(swedishAsker)).toBe(false);

      const repeated = await fetch(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
      expect(repeated.status).toBe(200);

      for (const method of ['GET', 'POST']) {
        const refused = await fetch(`${baseUrl}/unsubscribe?token=forged.token.here`, { method });
        expect({ method, status: refused.status }).toEqual({ method, status: 400 });
        const missing = await fetch(`${baseUrl}/unsubscribe`, { method });
        expect({ method, status: missing.status }).toEqual({ method, status: 400 });
      }
    });

    it('answers a person who pressed the button with a page in both languages, and a bad link with both messages', async () => {
      const on = await t.gql(
        `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind email } }`,
        { input: { kind: KIND, email: true } },
        englishAsker.accessToken,
      );
      expect(on.errors).toBeUndefined();
      expect(await emailPreference(englishAsker)).toBe(true);
      const link = new URL(header(englishMail, 'List-Unsubscribe')!.slice(1, -1));
      const browser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

      const confirm = await (await fetch(`${baseUrl}${link.pathname}${link.search}`)).text();
      expect(confirm).toContain('<html lang="sv">');
      expect(confirm).toMatch(/<h1>Avsluta e-post <span lang="en">\/ Unsubscribe<\/span><\/h1>/);
      expect(confirm).toContain('<p lang="en">Stop e-mails about “New answer to your question”?');

      const done = await fetch(`${baseUrl}${link.pathname}${link.search}`, {
        method: 'POST',
        headers: { ...browser, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(done.status).toBe(200);
      expect(done.headers.get('content-type')).toMatch(/^text\/html/);
      expect(done.headers.get('cache-control')).toBe('no-store');
      const html = await done.text();
      expect(html).toContain('Du får inte längre e-post om ”Nytt svar på din fråga”.');
      expect(html).toContain(
        '<p lang="en">You will no longer get e-mail about “New answer to your question”.',
      );
      expect(html).toContain(`href="${publicUrl}/settings/notifications"`);
      expect(await emailPreference(englishAsker)).toBe(false);

      const bad = await fetch(`${baseUrl}/unsubscribe?token=not-a-token`, {
        method: 'POST',
        headers: browser,
      });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toMatch(/^text\/html/);
      const badHtml = await bad.text();
      expect(badHtml).toContain('Det här är ingen länk för att avsluta e-post.');
      expect(badHtml).toContain('This is not an unsubscribe link.');
      const script = await fetch(`${baseUrl}/unsubscribe?token=not-a-token`, { method: 'POST' });
      expect(script.headers.get('content-type')).toMatch(/^text\/plain/);
    });
  });
});
