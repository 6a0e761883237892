// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/app-config';
import { Role } from 'src/graph/auth/role.enum';
import { DigestJob, batchJobId, type DigestRunJob } from 'src/modules/digests/digest-jobs';
import {
  DIGEST_CRON,
  DIGEST_TIME_ZONE,
  digestWindow,
  latestSlot,
} from 'src/modules/digests/digest-period';
import { DigestBatchProcessor } from 'src/modules/digests/jobs/digest-batch.processor';
import { DigestRunProcessor } from 'src/modules/digests/jobs/digest-run.processor';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { WorkerHost } from 'src/modules/jobs/worker-host';
import { QueueName } from 'src/modules/jobs/queue-name';
import { NotificationsRetentionProcessor } from 'src/modules/maintenance/notifications-retention.processor';
import { Locale } from 'src/modules/members/locale.enum';
import { UnsubscribeTokens } from 'src/modules/notifications/email/unsubscribe-token';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { createCase, publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import {
  answerQuestion,
  approve,
  askQuestion,
  organisationId,
} from 'test/factories/question.factory';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { startTestApp, type QueueBackendKind, type TestApp } from 'test/helpers/test-app';
import { eventually } from 'test/helpers/eventually';
import { finishedJob } from 'test/helpers/finished-job';

/**
 * Monday 5 January 2026, 07:00 in Stockholm: DAILY:2026-01-05 and WEEKLY:2026-W02. Far from
 * the day the tests run, so the late-run test's own period never collides with it.
 */
const SCHEDULED_AT = '2026-01-05T06:00:00.000Z';
const IN_DAY = '2026-01-04T12:00:00.000Z';
const IN_WEEK_ONLY = '2025-12-31T12:00:00.000Z';
const BEFORE_WEEK = '2025-12-25T12:00:00.000Z';
const JUST_AFTER = '2026-01-05T06:00:00.001Z';
const AUTHOR_NAME = 'Vendela Anonymsdotter-Testperson';
const DIGEST_SUBJECT = /^Samråd: (din dagliga|din vecko|your daily|your weekly)/;
const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { id } }`;
const PREFERENCE = `mutation($input: SetNotificationPreferenceInput!) {
  setNotificationPreference(input: $input) { kind } }`;

/** Adds a `digests.run` job for a fixed slot and waits for it and all its batches to finish. */
async function runPeriod(t: TestApp, data: DigestRunJob) {
  const queue = t.app.get(JobQueue).queue(QueueName.Digests);
  const run = await queue.add(DigestJob.Run, data, { jobId: `test-run-${randomUUID()}` });
  const result = (await finishedJob(queue, run.id!)).returnvalue as {
    periodKey: string;
    batches: number;
  };
  for (let n = 0; n < result.batches; n += 1)
    await finishedJob(queue, batchJobId(result.periodKey, n));
  return result;
}

const digestsTo = (smtp: SmtpCapture, member: SignedInMember) =>
  smtp.messages.filter(
    (m) =>
      DIGEST_SUBJECT.test(m.subject ?? '') &&
      [m.to].flat().some((a) => a?.text.includes(member.email)),
  );

/** The raw value of a header line, unfolded. */
function header(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

const everything = (mail: ParsedMail) =>
  [mail.subject, mail.text, mail.html || '', ...mail.headerLines.map((h) => h.line)].join('\n');

async function follow(
  t: TestApp,
  member: SignedInMember,
  targetType: string,
  targetId: string,
  frequency: string,
) {
  const result = await t.gql(
    FOLLOW,
    { input: { targetType, targetId, frequency } },
    member.accessToken,
  );
  expect(result.errors).toBeUndefined();
}

async function setPublished(
  t: TestApp,
  table: 'case_study' | 'question' | 'answer',
  id: string,
  at: string,
) {
  const column = table === 'question' ? 'opened_at' : 'published_at';
  await t.app.get(DataSource).query(`UPDATE ${table} SET ${column} = $2 WHERE id = $1`, [id, at]);
}

async function deliveries(t: TestApp, key: string) {
  return t.app
    .get(DataSource)
    .query<{ member_id: string; sent_at: Date | null; item_count: number }[]>(
      `SELECT member_id, sent_at, item_count FROM email_delivery WHERE delivery_key = $1 ORDER BY member_id`,
      [`digest:${key}`],
    );
}

async function riskAreas(t: TestApp): Promise<string[]> {
  return (await t.app.get(TopicsService).list(TopicKind.RISK_AREA)).map((topic) => topic.id);
}

describe('Digests: who gets what (e2e, PostgreSQL queue backend)', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let publicUrl: string;
  let author: SignedInMember;
  let swedishKth: SignedInMember;
  let englishCountry: SignedInMember;
  let weekly: SignedInMember;
  let idle: SignedInMember;
  let unsubscribed: SignedInMember;
  let suspended: SignedInMember;
  let questionFollower: SignedInMember;
  const titles: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    smtp = new SmtpCapture();
    t = await startTestApp({ worker: true, smtpUrl: await smtp.start() });
    publicUrl = t.app.get(AppConfig).publicUrl.replace(/\/$/, '');
    const [topic, otherTopic, quietTopic] = await riskAreas(t);
    author = await signedInMember(t, { displayName: AUTHOR_NAME });
    const moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    const answerer = await signedInMember(t, {
      organisationSlug: 'lunds-universitet',
      roles: [Role.EXPERT],
    });
    swedishKth = await signedInMember(t, { locale: Locale.SV });
    englishCountry = await signedInMember(t, {
      organisationSlug: 'lunds-universitet',
      locale: Locale.EN,
    });
    weekly = await signedInMember(t, { organisationSlug: 'chalmers', locale: Locale.EN });
    idle = await signedInMember(t, { organisationSlug: 'uppsala-universitet' });
    unsubscribed = await signedInMember(t, { organisationSlug: 'umea-universitet' });
    suspended = await signedInMember(t, { organisationSlug: 'umea-universitet' });
    questionFollower = await signedInMember(t, { organisationSlug: 'chalmers', locale: Locale.EN });

    const item = async (
      key: string,
      at: string,
      overrides: Record<string, unknown>,
      kind: 'case' | 'question' = 'case',
    ) => {
      titles[key] = `${key}: ${overrides.title as string}`;
      const input = { ...overrides, title: titles[key] };
      const created =
        kind === 'case'
          ? await publishedCase(t, author, moderator, input)
          : await askQuestion(t, author, input);
      if (kind === 'question' && created.status === 'PENDING_REVIEW')
        await approve(t, moderator, 'QUESTION', created.id);
      await setPublished(t, kind === 'case' ? 'case_study' : 'question', created.id, at);
      ids[key] = created.id;
    };
    await item('GREEN', IN_DAY, {
      title: 'Shared R&D "radar" <lab> exchange',
      summary: 'A partner asked for the design files of a research radar.',
      riskAreaIds: [topic],
    });
    await item('ANON', IN_DAY, {
      title: 'Visiting scholar with reporting duties',
      sharingLevel: 'CLEAR',
      attribution: 'ANONYMOUS',
      riskAreaIds: [otherTopic],
      countryCodes: ['RU'],
    });
    await item('AMBER', IN_DAY, {
      title: 'Internal review of a joint lab',
      sharingLevel: 'AMBER',
      recipientOrganisationIds: [await organisationId(t, 'karolinska-institutet')],
      riskAreaIds: [topic],
    });
    await item('RED', IN_DAY, {
      title: 'Named partner under investigation',
      sharingLevel: 'RED',
      recipientMemberIds: [swedishKth.id],
      riskAreaIds: [topic],
    });
    await item('WEEK', IN_WEEK_ONLY, { title: 'Earlier in the week', riskAreaIds: [topic] });
    await item('OLD', BEFORE_WEEK, { title: 'Long ago', riskAreaIds: [topic] });
    await item('LATE', JUST_AFTER, { title: 'After the digest was due', riskAreaIds: [topic] });
    await item(
      'QUESTION',
      IN_DAY,
      { title: 'Do we need a licence for sensor data?', topicIds: [topic] },
      'question',
    );
    await item(
      'STRICT',
      IN_DAY,
      { title: 'Our own log entry', sharingLevel: 'AMBER_STRICT', topicIds: [topic] },
      'question',
    );
    await item(
      'FOLLOWED',
      BEFORE_WEEK,
      { title: 'Which export list applies?', topicIds: [quietTopic] },
      'question',
    );
    await createCase(t, author, { title: 'DRAFT: never published', riskAreaIds: [topic] });
    const newAnswer = await answerQuestion(t, answerer, ids.FOLLOWED!, {
      body: 'Start with **the EU dual-use list**.',
    });
    const oldAnswer = await answerQuestion(t, answerer, ids.FOLLOWED!, {
      body: 'An answer from last month.',
    });
    await setPublished(t, 'answer', newAnswer.id, IN_DAY);
    await setPublished(t, 'answer', oldAnswer.id, BEFORE_WEEK);

    await follow(t, swedishKth, 'TOPIC', topic!, 'DAILY');
    await follow(t, englishCountry, 'COUNTRY', 'RU', 'DAILY');
    await follow(t, weekly, 'TOPIC', topic!, 'WEEKLY');
    await follow(t, idle, 'TOPIC', quietTopic!, 'DAILY');
    await follow(t, unsubscribed, 'TOPIC', topic!, 'DAILY');
    await follow(t, suspended, 'TOPIC', topic!, 'DAILY');
    await follow(t, questionFollower, 'QUESTION', ids.FOLLOWED!, 'DAILY');
    const off = await t.gql(
      PREFERENCE,
      { input: { kind: 'DIGEST', email: false } },
      unsubscribed.accessToken,
    );
    expect(off.errors).toBeUndefined();
    await t.app
      .get(DataSource)
      .query(`UPDATE member SET status = 'SUSPENDED' WHERE id = $1`, [suspended.id]);
    // An earlier attempt claimed this member's digest and died before sending: it must go out.
    await t.app
      .get(DataSource)
      .query(
        `INSERT INTO email_delivery (delivery_key, member_id) VALUES ('digest:DAILY:2026-01-05', $1)`,
        [englishCountry.id],
      );
    await runPeriod(t, { period: 'DAILY', scheduledAt: SCHEDULED_AT });
    await runPeriod(t, { period: 'WEEKLY', scheduledAt: SCHEDULED_AT });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('counts each digest handed to SMTP in samrad_emails_sent_total{kind="digest"}', async () => {
    const sent = smtp.messages.filter((m) => DIGEST_SUBJECT.test(m.subject ?? '')).length;
    expect(sent).toBeGreaterThanOrEqual(1);
    const metrics = await (await fetch(t.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(
      new RegExp(`^samrad_emails_sent_total\\{kind="digest"\\} ${sent}$`, 'm'),
    );
  });

  it('sends a Swedish member the readable items in full and the restricted ones as a count', () => {
    const [mail, ...more] = digestsTo(smtp, swedishKth);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Samråd: din dagliga sammanfattning');
    expect(mail!.text).toContain('NYA FALL');
    expect(mail!.text).toContain(titles.GREEN);
    expect(mail!.text).toContain('A partner asked for the design files of a research radar.');
    expect(mail!.text).toContain(`${publicUrl}/cases/${ids.GREEN}`);
    expect(mail!.text).toContain('NYA FRÅGOR');
    expect(mail!.text).toContain(titles.QUESTION);
    expect(mail!.text).toContain(`${publicUrl}/questions/${ids.QUESTION}`);
    // AMBER (own organisation), RED (named recipient) and AMBER_STRICT (own organisation).
    expect(mail!.text).toContain('3 begränsade inlägg – logga in för att läsa');
    for (const hidden of ['AMBER', 'RED', 'STRICT', 'WEEK', 'OLD', 'LATE', 'ANON', 'FOLLOWED'])
      expect(everything(mail!)).not.toContain(titles[hidden]);
    for (const hidden of ['AMBER', 'RED', 'STRICT'])
      expect(everything(mail!)).not.toContain(ids[hidden]);
    expect(everything(mail!)).not.toContain('DRAFT');
    // Escaped in HTML, never markup.
    expect(mail!.html).toContain('Shared R&amp;D &quot;radar&quot; &lt;lab&gt; exchange');
    expect(mail!.html).not.toContain('<lab>');
  });

  it('sends an English member the anonymous item without its author, with one-click unsubscribe', async () => {
    const [mail, ...more] = digestsTo(smtp, englishCountry);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Samråd: your daily digest');
    expect(mail!.text).toContain('NEW CASES');
    expect(mail!.text).toContain(titles.ANON);
    expect(mail!.text).not.toContain('restricted');
    for (const secret of [AUTHOR_NAME, author.email, author.id])
      expect(everything(mail!)).not.toContain(secret);

    const listUnsubscribe = header(mail!, 'List-Unsubscribe')!;
    expect(listUnsubscribe).toMatch(/^<.+\/unsubscribe\?token=[\w.-]+>$/);
    expect(header(mail!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail!.text).toContain(listUnsubscribe.slice(1, -1));
    const token = new URL(listUnsubscribe.slice(1, -1)).searchParams.get('token')!;
    expect(await t.app.get(UnsubscribeTokens).verify(token)).toEqual({
      memberId: englishCountry.id,
      kind: 'DIGEST',
    });
  });

  it('tells a question follower about new answers only', () => {
    const [mail, ...more] = digestsTo(smtp, questionFollower);
    expect(more).toHaveLength(0);
    expect(mail!.text).toContain('NEW ANSWERS TO QUESTIONS YOU FOLLOW');
    expect(mail!.text).toContain(`${titles.FOLLOWED} (1 new answer)`);
    expect(mail!.text).toContain('Start with the EU dual-use list.');
    expect(mail!.text).not.toContain('An answer from last month.');
  });

  it('sends the weekly digest with the whole week, readable items only', () => {
    const [mail, ...more] = digestsTo(smtp, weekly);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Samråd: your weekly digest, week 2');
    for (const shown of ['GREEN', 'WEEK', 'QUESTION']) expect(mail!.text).toContain(titles[shown]);
    for (const hidden of ['OLD', 'LATE', 'AMBER', 'RED', 'STRICT'])
      expect(everything(mail!)).not.toContain(titles[hidden]);
    // Chalmers reads none of the restricted items, so they are not even counted.
    expect(mail!.text).not.toContain('restricted');
  });

  it('sends nothing to a member with nothing new, who unsubscribed or who is suspended', async () => {
    for (const member of [idle, unsubscribed, suspended])
      expect(digestsTo(smtp, member)).toEqual([]);
    const rows = await deliveries(t, 'DAILY:2026-01-05');
    expect(rows.map((r) => r.member_id).sort()).toEqual(
      [swedishKth.id, englishCountry.id, questionFollower.id].sort(),
    );
    expect(rows.every((r) => r.sent_at !== null)).toBe(true);
    const count = Object.fromEntries(rows.map((r) => [r.member_id, r.item_count]));
    expect(count).toEqual({ [swedishKth.id]: 5, [englishCountry.id]: 1, [questionFollower.id]: 1 });
  });

  it('sends nothing more when the same period runs again', async () => {
    const before = smtp.messages.length;
    const again = await runPeriod(t, { period: 'DAILY', scheduledAt: SCHEDULED_AT });
    expect(again.periodKey).toBe('DAILY:2026-01-05');
    // Even a batch handed to the handler again (its BullMQ job id would stop a second job).
    const result = await t.app.get(DigestBatchProcessor).batch({
      period: 'DAILY',
      periodKey: 'DAILY:2026-01-05',
      windowStart: '2026-01-04T06:00:00.000Z',
      windowEnd: SCHEDULED_AT,
      memberIds: [swedishKth.id, englishCountry.id, questionFollower.id, idle.id],
    });
    expect(result).toMatchObject({ SENT: 0, ALREADY_SENT: 3, NOTHING_NEW: 1 });
    expect(smtp.messages.length).toBe(before);
    expect(await deliveries(t, 'DAILY:2026-01-05')).toHaveLength(3);
  });

  it('purges in-app notifications older than 180 days in batches (the retention job)', async () => {
    const db = t.app.get(DataSource);
    const insert = (daysAgo: number, n: number) =>
      db.query(
        `INSERT INTO notification (member_id, kind, event_key, content_type, content_id, created_at)
         SELECT $1, 'NEW_ITEM_IN_FOLLOWED_TOPIC', 'retention-' || $2::int || '-' || g, 'CASE', $3,
                now() - make_interval(days => $2::int)
           FROM generate_series(1, $4) g`,
        [idle.id, daysAgo, ids.GREEN, n],
      );
    await insert(400, 3);
    await insert(181, 2);
    await insert(179, 2);
    const result = await t.app.get(NotificationsRetentionProcessor).purge({ batchSize: 2 });
    expect(result).toEqual({ deleted: 5 });
    const left = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification WHERE event_key LIKE 'retention-%'`,
    );
    expect(left[0]!.n).toBe(2);
  });
});

describe.each<QueueBackendKind>(['postgres', 'redis'])(
  'Digests on the %s queue backend (e2e)',
  (queue) => {
    let t: TestApp;
    let smtp: SmtpCapture;
    let smtpUrl: string;
    let reader: SignedInMember;
    let outsider: SignedInMember;
    let caseId: string;
    let topic: string;

    beforeAll(async () => {
      smtp = new SmtpCapture();
      smtpUrl = await smtp.start();
      t = await startTestApp({ queue, worker: true, smtpUrl });
      topic = (await riskAreas(t))[0]!;
      const author = await signedInMember(t);
      const moderator = await signedInMember(t, {
        organisationSlug: 'universitets-och-hogskoleradet',
        roles: [Role.MODERATOR],
      });
      reader = await signedInMember(t, { organisationSlug: 'chalmers', locale: Locale.EN });
      outsider = await signedInMember(t, {
        organisationSlug: 'umea-universitet',
        locale: Locale.EN,
      });
      caseId = (
        await publishedCase(t, author, moderator, {
          title: 'A core digest case',
          riskAreaIds: [topic],
        })
      ).id;
      const amber = await publishedCase(t, author, moderator, {
        title: 'A restricted core case',
        sharingLevel: 'AMBER',
        recipientOrganisationIds: [await organisationId(t, 'karolinska-institutet')],
        riskAreaIds: [topic],
      });
      await setPublished(t, 'case_study', caseId, IN_DAY);
      await setPublished(t, 'case_study', amber.id, IN_DAY);
      await follow(t, reader, 'TOPIC', topic!, 'DAILY');
      await follow(t, outsider, 'COUNTRY', 'AQ', 'DAILY');
    });

    afterAll(async () => {
      await t.close();
      await smtp.stop();
    });

    it('sends each follower one digest per period, however often the period runs', async () => {
      const first = await runPeriod(t, {
        period: 'DAILY',
        scheduledAt: SCHEDULED_AT,
        batchSize: 1,
      });
      expect(first).toMatchObject({ periodKey: 'DAILY:2026-01-05', batches: 2 });
      await runPeriod(t, { period: 'DAILY', scheduledAt: SCHEDULED_AT, batchSize: 1 });
      const [mail, ...more] = digestsTo(smtp, reader);
      expect(more).toHaveLength(0);
      expect(mail!.text).toContain('A core digest case');
      expect(mail!.text).not.toContain('A restricted core case');
      expect(mail!.text).not.toContain('restricted');
      expect(digestsTo(smtp, outsider)).toEqual([]);
      expect(await deliveries(t, 'DAILY:2026-01-05')).toEqual([
        { member_id: reader.id, sent_at: expect.any(Date), item_count: 1 },
      ]);
    });

    it('keeps one scheduler per id across restarts', async () => {
      const pendingIds = async (app: TestApp) =>
        (await app.app.get(JobQueue).queue(QueueName.Digests).getJobs(['delayed', 'waiting']))
          .filter((j) => j.repeatJobKey)
          .map((j) => j.id)
          .sort();
      const before = await pendingIds(t);
      expect(before).toHaveLength(2);
      const second = await startTestApp({
        queue,
        worker: true,
        smtpUrl,
        database: t.database,
        queueNamespace: t.queueNamespace,
      });
      try {
        for (const app of [t, second]) {
          const digests = app.app.get(JobQueue).queue(QueueName.Digests);
          const schedulers = await digests.getJobSchedulers();
          expect(schedulers.map((s) => [s.key, s.pattern, s.tz]).sort()).toEqual([
            ['digest-daily', DIGEST_CRON.DAILY, DIGEST_TIME_ZONE],
            ['digest-weekly', DIGEST_CRON.WEEKLY, DIGEST_TIME_ZONE],
          ]);
          // One pending job each, for the next slot.
          const pending = (await digests.getJobs(['delayed', 'waiting'])).filter(
            (j) => j.repeatJobKey,
          );
          expect(pending.map((j) => j.repeatJobKey).sort()).toEqual([
            'digest-daily',
            'digest-weekly',
          ]);
          const maintenance = app.app.get(JobQueue).queue(QueueName.Maintenance);
          expect((await maintenance.getJobSchedulers()).map((s) => s.key).sort()).toEqual([
            'assessment-review-reminders',
            'notifications-retention',
          ]);
        }
        // The second start left the pending jobs alone.
        expect(await pendingIds(second)).toEqual(before);
      } finally {
        await second.close({ keepDatabase: true });
      }
    });

    it('leaves scheduling to the workers: an API process without them registers none', async () => {
      const api = await startTestApp({ queue, worker: false, smtpUrl, database: t.database });
      try {
        for (const name of [QueueName.Digests, QueueName.Maintenance])
          expect(await api.app.get(JobQueue).queue(name).getJobSchedulers()).toEqual([]);
      } finally {
        await api.close({ keepDatabase: true });
      }
    });

    it('runs a run missed while no worker was up once, for the slot it was scheduled for', async () => {
      // The workers go down; a member starts following, and something new appears before 07:00.
      await t.app.get(WorkerHost).stop();
      const slot = latestSlot('DAILY', new Date());
      const window = digestWindow('DAILY', slot);
      const lateReader = await signedInMember(t, {
        organisationSlug: 'chalmers',
        locale: Locale.EN,
      });
      await follow(t, lateReader, 'TOPIC', topic, 'DAILY');
      await setPublished(
        t,
        'case_study',
        caseId,
        new Date(slot.getTime() - 3600_000).toISOString(),
      );
      // The scheduler's pending job, made as BullMQ made it an hour before that slot: when the
      // workers return, it is overdue.
      const digests = t.app.get(JobQueue).queue(QueueName.Digests);
      const realNow = Date.now.bind(Date);
      const clock = jest.spyOn(Date, 'now').mockImplementation(() => slot.getTime() - 3600_000);
      try {
        await digests.upsertJobScheduler(
          'digest-daily',
          { pattern: DIGEST_CRON.DAILY, tz: DIGEST_TIME_ZONE },
          { name: DigestJob.Run, data: { period: 'DAILY' } },
        );
      } finally {
        clock.mockRestore();
      }
      expect(realNow()).toBeGreaterThan(slot.getTime());
      expect((await digests.getJobScheduler('digest-daily'))?.next).toBe(slot.getTime());
      const missedId = `repeat:digest-daily:${slot.getTime()}`;
      const missed = await digests.getJob(missedId);
      // What BullMQ tells the job about its slot: prevMillis (timestamp is when it was made).
      expect(missed?.opts.prevMillis).toBe(slot.getTime());
      expect(missed?.timestamp).toBe(slot.getTime() - 3600_000);

      // A worker process comes back: its start-up must not replace the overdue job, which runs once.
      const back = await startTestApp({
        queue,
        worker: true,
        smtpUrl,
        database: t.database,
        queueNamespace: t.queueNamespace,
      });
      try {
        const ran = await finishedJob(digests, missedId);
        expect(ran.returnvalue).toMatchObject({ periodKey: window.key });
        const mail = await smtp.waitFor(lateReader.email);
        expect(mail.text).toContain('A core digest case');
        await eventually(async () =>
          (await deliveries(t, window.key)).some((r) => r.member_id === lateReader.id && r.sent_at)
            ? true
            : undefined,
        );
        expect(digestsTo(smtp, lateReader)).toHaveLength(1);
        await eventually(async () =>
          (await digests.getJobState(batchJobId(window.key, 0))) === 'completed' ? true : undefined,
        );
        // BullMQ scheduled the next slot after now, and there is still one scheduler per id.
        const next = (await digests.getJobScheduler('digest-daily'))!.next!;
        expect(next).toBeGreaterThan(Date.now());
        expect(await digests.getJobSchedulersCount()).toBe(2);
      } finally {
        await back.close({ keepDatabase: true });
      }
    });

    it('shows why start-up must not upsert blindly: BullMQ drops a due pending job', async () => {
      await t.app.get(WorkerHost).stop();
      const digests = t.app.get(JobQueue).queue(QueueName.Digests);
      const slot = latestSlot('WEEKLY', new Date()).getTime();
      const upsert = () =>
        digests.upsertJobScheduler(
          'digest-weekly',
          { pattern: DIGEST_CRON.WEEKLY, tz: DIGEST_TIME_ZONE },
          { name: DigestJob.Run, data: { period: 'WEEKLY' } },
        );
      const clock = jest.spyOn(Date, 'now').mockImplementation(() => slot - 60_000);
      try {
        await upsert();
      } finally {
        clock.mockRestore();
      }
      expect(await digests.getJob(`repeat:digest-weekly:${slot}`)).toBeDefined();
      await upsert();
      expect(await digests.getJob(`repeat:digest-weekly:${slot}`)).toBeUndefined();
      expect((await digests.getJobScheduler('digest-weekly'))!.next).toBeGreaterThan(Date.now());
    });

    it('uses the slot a late job was scheduled for, even a whole period late', async () => {
      // The handler as BullMQ would call it with the job: prevMillis names the slot.
      const twoDaysAgo = new Date(latestSlot('DAILY', new Date()).getTime() - 2 * 24 * 3600_000);
      const result = await t.app
        .get(DigestRunProcessor)
        .run({ period: 'DAILY' }, { opts: { prevMillis: twoDaysAgo.getTime() } });
      expect(result.periodKey).toBe(digestWindow('DAILY', twoDaysAgo).key);
    });
  },
);
