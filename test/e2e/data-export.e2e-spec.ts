// SPDX-License-Identifier: EUPL-1.2
import { strFromU8, unzipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { DataExportJob } from 'src/modules/data-export/data-export.processor';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import { publishedCase } from 'test/factories/case.factory';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { answerQuestion, approve, askQuestion } from 'test/factories/question.factory';
import { eventually } from 'test/helpers/eventually';
import { finishedJob } from 'test/helpers/finished-job';
import { SmtpCapture } from 'test/helpers/smtp-capture';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const EXPORT = `mutation { exportMyData { id status downloadPath } }`;
const MY_EXPORT = `{ myDataExport { id status readyAt expiresAt byteSize downloadPath } }`;

interface ExportView {
  id: string;
  status: string;
  expiresAt: string | null;
  byteSize: number | null;
  downloadPath: string | null;
}

/** Waits until the member's latest export is READY (the job ran) and returns it. */
function readyExport(t: TestApp, member: SignedInMember): Promise<ExportView> {
  return eventually(async () => {
    const view = (
      await t.gql<{ myDataExport: ExportView | null }>(MY_EXPORT, {}, member.accessToken)
    ).data?.myDataExport;
    return view?.status === 'READY' ? view : undefined;
  });
}

/** A GET of the download path against the API origin, as the web client does it. */
function download(t: TestApp, path: string, token?: string): Promise<Response> {
  return fetch(new URL(path, t.url), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** The archive's files, parsed, and all of its text in one string (to search for leaks). */
function unpack(bytes: ArrayBuffer): { files: Record<string, any>; text: string } {
  const entries = unzipSync(new Uint8Array(bytes));
  const files: Record<string, any> = {};
  let text = '';
  for (const [name, content] of Object.entries(entries)) {
    const body = strFromU8(content);
    text += body;
    if (name.endsWith('.json')) files[name] = JSON.parse(body);
  }
  return { files, text };
}

describe('Data export (GDPR Art. 15/20)', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let database: DataSource;
  let moderator: SignedInMember;
  let me: SignedInMember;
  let other: SignedInMember;
  let myCaseTitle: string;
  let othersCaseId: string;
  let othersAnswerId: string;

  beforeAll(async () => {
    smtp = new SmtpCapture();
    t = await startTestApp({ smtpUrl: await smtp.start() });
    database = t.app.get(DataSource);
    moderator = await signedInMember(t, { roles: [Role.MODERATOR] });
    me = await signedInMember(t, { displayName: 'Maja Exportsson' });
    // Another member, at another organisation, who writes anonymously where I can read it.
    other = await signedInMember(t, {
      displayName: 'Olle Anonymsson',
      organisationSlug: 'lunds-universitet',
    });

    myCaseTitle = 'Mitt namngivna fall om exportkontroll av radardesign';
    await publishedCase(t, me, moderator, {
      attribution: 'NAMED',
      sharingLevel: 'GREEN',
      title: myCaseTitle,
    });
    const othersCase = await publishedCase(t, other, moderator, {
      attribution: 'ANONYMOUS',
      sharingLevel: 'GREEN',
      title: 'Ett anonymt fall av någon annan',
    });
    othersCaseId = othersCase.id;
    const question = await askQuestion(t, me, { title: 'Who classifies radar design files?' });
    await approve(t, moderator, 'QUESTION', question.id);
    const answer = await answerQuestion(t, other, question.id, { attribution: 'ANONYMOUS' });
    if (answer.status !== 'PUBLISHED') await approve(t, moderator, 'ANSWER', answer.id);
    othersAnswerId = answer.id;

    // My traces that point at their items: a follow, a helpful vote, a flag.
    for (const [query, input] of [
      [
        `mutation($input: FollowInput!) { follow(input: $input) { id } }`,
        { targetType: 'CASE', targetId: othersCaseId, frequency: 'DAILY' },
      ],
      [
        `mutation($input: VoteAnswerInput!) { voteAnswer(input: $input) { id } }`,
        { answerId: othersAnswerId, helpful: true },
      ],
      [
        `mutation($input: FlagContentInput!) { flagContent(input: $input) { __typename } }`,
        { contentType: 'CASE', contentId: othersCaseId, reason: 'OFF_TOPIC', text: 'Not ours' },
      ],
    ] as const) {
      const result = await t.gql(query, { input }, me.accessToken);
      expect(result.errors).toBeUndefined();
    }
    // The answer to my question has notified me (its payload names the answer, not its author).
    await eventually(async () => {
      const [{ n }] = await database.query<[{ n: number }]>(
        `SELECT count(*)::int AS n FROM notification WHERE member_id = $1`,
        [me.id],
      );
      return n > 0 ? n : undefined;
    });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('builds my archive in a job, mails me without content, and hands it over once, to me only', async () => {
    // Signed in through SWAMID once: the IdP's name for me is part of what is stored about me.
    await database.query(
      `INSERT INTO member_federated_identity (member_id, issuer, subject) VALUES ($1, $2, $3)`,
      [me.id, 'https://idp.kth.se/idp/shibboleth', 'maja@kth.se'],
    );
    const requested = await t.gql<{ exportMyData: ExportView }>(EXPORT, {}, me.accessToken);
    expect(requested.errors).toBeUndefined();
    expect(requested.data?.exportMyData).toMatchObject({ status: 'PENDING', downloadPath: null });
    const exportId = requested.data!.exportMyData.id;

    const ready = await readyExport(t, me);
    expect(ready.id).toBe(exportId);
    expect(ready.byteSize).toBeGreaterThan(500);
    expect(ready.downloadPath).toMatch(new RegExp(`^/exports/${exportId}\\?expires=\\d+&sig=`));
    const hoursLeft = (Date.parse(ready.expiresAt!) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    // The expiry is kept to the whole second the signed link carries: up to a second past 24 h.
    expect(hoursLeft).toBeLessThanOrEqual(24 + 1 / 3600);

    // The mail says it is ready and where to fetch it signed in; no link that downloads, no data.
    const mail = await smtp.waitFor(me.email, 20_000, 'export');
    expect(mail.text).toContain('/settings/privacy');
    expect(mail.text).not.toContain('/exports/');
    expect(mail.text).not.toContain(myCaseTitle);

    // At rest the archive is sealed: neither my address nor a zip's base64 in the row.
    const [row] = await database.query<{ sealed_archive: string }[]>(
      `SELECT sealed_archive FROM data_export WHERE id = $1`,
      [exportId],
    );
    expect(row!.sealed_archive).not.toContain(me.email);
    expect(row!.sealed_archive.startsWith('UEsDB')).toBe(false);

    // Nobody else's sign-in, no sign-in, or a changed link: refused, and the archive stays.
    const path = ready.downloadPath!;
    const url = new URL(path, t.url);
    const expires = url.searchParams.get('expires')!;
    const sig = url.searchParams.get('sig')!;
    expect((await download(t, path, other.accessToken)).status).toBe(404);
    expect((await download(t, path)).status).toBe(401);
    expect((await download(t, path, 'not-a-token')).status).toBe(401);
    const later = path.replace(`expires=${expires}`, `expires=${Number(expires) + 86_400}`);
    expect((await download(t, later, me.accessToken)).status).toBe(403);
    const forged = path.replace(
      `sig=${sig}`,
      `sig=${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`,
    );
    expect((await download(t, forged, me.accessToken)).status).toBe(403);
    const noSig = path.replace(`&sig=${sig}`, '');
    expect((await download(t, noSig, me.accessToken)).status).toBe(403);
    const refused = await download(t, path, other.accessToken);
    expect(await refused.json()).toEqual({
      errors: [{ message: 'Data export not found', extensions: { code: 'NOT_FOUND' } }],
    });

    const response = await download(t, path, me.accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="samrad-export-/,
    );
    const { files, text } = unpack(await response.arrayBuffer());

    // Once only: the second GET is 410 Gone, and the archive is deleted from the database.
    const again = await download(t, path, me.accessToken);
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({
      errors: [{ extensions: { code: 'INVALID_STATE' } }],
    });
    const [after] = await database.query<{ status: string; sealed_archive: string | null }[]>(
      `SELECT status, sealed_archive FROM data_export WHERE id = $1`,
      [exportId],
    );
    expect(after).toEqual({ status: 'DOWNLOADED', sealed_archive: null });
    const mine = await t.gql<{ myDataExport: ExportView }>(MY_EXPORT, {}, me.accessToken);
    expect(mine.data?.myDataExport).toMatchObject({ status: 'DOWNLOADED', downloadPath: null });

    // My data is all there.
    expect(Object.keys(files).sort()).toEqual([
      'account-requests.json',
      'answers.json',
      'assessments.json',
      'audit-log.json',
      'cases.json',
      'federated-identities.json',
      'flags.json',
      'follows.json',
      'notification-preferences.json',
      'notifications.json',
      'profile.json',
      'questions.json',
      'second-factors.json',
      'sessions.json',
      'votes.json',
    ]);
    expect(files['profile.json']).toMatchObject({
      id: me.id,
      email: me.email,
      displayName: 'Maja Exportsson',
      organisation: { slug: 'kth' },
    });
    expect(files['cases.json']).toHaveLength(1);
    expect(files['cases.json'][0]).toMatchObject({ title: myCaseTitle, attribution: 'NAMED' });
    expect(files['cases.json'][0].revisions.length).toBeGreaterThanOrEqual(1);
    expect(files['questions.json']).toEqual([
      expect.objectContaining({ title: 'Who classifies radar design files?' }),
    ]);
    expect(files['answers.json']).toEqual([]);
    expect(files['votes.json']).toEqual([expect.objectContaining({ answerId: othersAnswerId })]);
    expect(files['flags.json']).toEqual([
      expect.objectContaining({ contentId: othersCaseId, reason: 'OFF_TOPIC', text: 'Not ours' }),
    ]);
    expect(files['follows.json']).toEqual([
      expect.objectContaining({ targetType: 'CASE', targetId: othersCaseId }),
    ]);
    expect(files['notifications.json'].length).toBeGreaterThan(0);
    expect(files['sessions.json'].length).toBeGreaterThan(0);
    expect(files['second-factors.json']).toEqual({
      authenticatorApp: null,
      passkeys: [],
      recoveryCodes: { total: 0, unused: 0 },
    });
    expect(files['federated-identities.json']).toEqual([
      expect.objectContaining({
        issuer: 'https://idp.kth.se/idp/shibboleth',
        subject: 'maja@kth.se',
      }),
    ]);
    expect(files['audit-log.json'].map((e: { action: string }) => e.action)).toContain(
      'member.data-export.requested',
    );

    // Nothing of the other member: not their id, name or address, though I read, followed,
    // voted on and flagged what they wrote anonymously, and their answer notified me.
    for (const trace of [other.id, other.email, other.displayName, 'Anonymsson'])
      expect(text).not.toContain(trace);
    // No secrets or hashes of mine either.
    const [secrets] = await database.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM member WHERE id = $1`,
      [me.id],
    );
    expect(text).not.toContain(secrets!.password_hash);
    expect(text).not.toMatch(/argon2|token_hash|tokenHash|passwordHash|sealed/i);

    // Both the request and the download are audited, naming the export, not the archive.
    const audit = await database.query<{ action: string; target_id: string }[]>(
      `SELECT action, target_id FROM audit_log
        WHERE actor_id = $1 AND action LIKE 'member.data-export.%' ORDER BY created_at`,
      [me.id],
    );
    expect(audit).toEqual([
      { action: 'member.data-export.requested', target_id: exportId },
      { action: 'member.data-export.downloaded', target_id: exportId },
    ]);
  });

  it('needs a sign-in to ask, and refuses a link for an export that does not exist', async () => {
    expect(errorCode(await t.gql(EXPORT))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(MY_EXPORT))).toBe('UNAUTHENTICATED');
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect((await download(t, `/exports/${nobody}?expires=1&sig=x`, me.accessToken)).status).toBe(
      403,
    );
    expect((await download(t, `/exports/not-a-uuid?expires=1&sig=x`, me.accessToken)).status).toBe(
      404,
    );
  });
});

describe('Data export on the Redis queue backend: one at a time, and expiry', () => {
  let t: TestApp;
  let member: SignedInMember;

  beforeAll(async () => {
    // No worker at first, so the export stays pending while the second request is refused.
    t = await startTestApp({
      queue: 'redis',
      worker: false,
      env: { DATA_EXPORT_TTL_SECONDS: '2' },
    });
    member = await signedInMember(t, { displayName: 'Rut Redisdottir' });
  });

  afterAll(() => t.close());

  it('allows one pending export per member, and an expired link is gone and its archive deleted', async () => {
    const first = await t.gql<{ exportMyData: ExportView }>(EXPORT, {}, member.accessToken);
    expect(first.errors).toBeUndefined();
    const second = await t.gql(EXPORT, {}, member.accessToken);
    expect(errorCode(second)).toBe('CONFLICT');
    const [{ n }] = await t.app
      .get(DataSource)
      .query<[{ n: number }]>(`SELECT count(*)::int AS n FROM data_export WHERE member_id = $1`, [
        member.id,
      ]);
    expect(n).toBe(1);

    await t.startWorker();
    const ready = await readyExport(t, member);
    expect(ready.id).toBe(first.data!.exportMyData.id);
    await new Promise((resolve) =>
      setTimeout(resolve, Date.parse(ready.expiresAt!) - Date.now() + 200),
    );

    // Past its expiry the signed link is gone (410) and no longer offered.
    expect((await download(t, ready.downloadPath!, member.accessToken)).status).toBe(410);
    const view = await t.gql<{ myDataExport: ExportView }>(MY_EXPORT, {}, member.accessToken);
    expect(view.data?.myDataExport.downloadPath).toBeNull();

    // The expiry job deletes the archive (the schedule runs it every 15 minutes).
    const queue = t.app.get(JobQueue).queue(QueueName.Exports);
    const job = await queue.add(DataExportJob.ExpireDue, {});
    expect((await finishedJob(queue, job.id!)).returnvalue).toEqual({ expired: 1 });
    const [row] = await t.app
      .get(DataSource)
      .query<{ status: string; sealed_archive: string | null }[]>(
        `SELECT status, sealed_archive FROM data_export WHERE member_id = $1`,
        [member.id],
      );
    expect(row).toEqual({ status: 'EXPIRED', sealed_archive: null });

    // A new request is allowed once nothing is pending.
    const third = await t.gql<{ exportMyData: ExportView }>(EXPORT, {}, member.accessToken);
    expect(third.data?.exportMyData.status).toBe('PENDING');
  });
});
