// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { eventually } from 'test/helpers/eventually';
import {
  errorCode,
  startTestApp,
  type QueueBackendKind,
  type TestApp,
} from 'test/helpers/test-app';

const QUEUES = `{ jobQueues { name waiting active delayed failed } }`;
const JOBS = `query($queue: JobQueueName!, $state: QueuedJobState!, $first: Int) {
  queuedJobs(queue: $queue, state: $state, first: $first) {
    id queue name state attemptsMade maxAttempts failedReason createdAt runsAt finishedAt } }`;
const RETRY = `mutation($input: JobRefInput!) { retryJob(input: $input) { id state attemptsMade } }`;
const DISCARD = `mutation($input: JobRefInput!) { discardJob(input: $input) { id state } }`;

/**
 * Issue 15, "jobs an operator can see": failed and delayed jobs per queue with their error and
 * attempts, retry and discard, as admin GraphQL operations on both queue backends.
 */
describe.each<QueueBackendKind>(['postgres', 'redis'])(
  'Job operations (%s queue backend)',
  (backend) => {
    let t: TestApp;
    let admin: SignedInMember;
    let member: SignedInMember;
    const queue = () => t.app.get(JobQueue).queue(QueueName.Maintenance);

    beforeAll(async () => {
      t = await startTestApp({ queue: backend });
      admin = await signedInMember(t, { roles: [Role.ADMIN] });
      member = await signedInMember(t);
    });

    afterAll(() => t.close());

    /** A job no handler knows: the worker fails it on its one attempt. */
    async function failingJob(id: string) {
      await queue().add(
        'test.no-handler',
        { note: 'data an operator never sees' },
        { jobId: id, attempts: 1 },
      );
      return eventually(async () =>
        (await queue().getJobState(id)) === 'failed' ? true : undefined,
      );
    }

    async function auditEntries(action: string) {
      return t.app.get(DataSource).query<
        {
          target_type: string;
          target_id: string;
          reason: string;
          details: Record<string, unknown>;
        }[]
      >(`SELECT target_type, target_id, reason, details FROM audit_log WHERE action = $1`, [action]);
    }

    async function events(topic: string): Promise<number> {
      const [row] = await t.app
        .get(DataSource)
        .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox WHERE topic = $1`, [topic]);
      return row!.n;
    }

    it('lists a failed job with its error and attempts, never its data, to admins only', async () => {
      await failingJob('probe-list');
      const summaries = await t.gql<{ jobQueues: { name: string; failed: number }[] }>(
        QUEUES,
        {},
        admin.accessToken,
      );
      expect(summaries.errors).toBeUndefined();
      expect(summaries.data!.jobQueues.map((q) => q.name).sort()).toEqual([
        'DIGESTS',
        'EXPORTS',
        'MAIL',
        'MAINTENANCE',
        'NOTIFICATIONS',
        'SEARCH',
      ]);
      expect(
        summaries.data!.jobQueues.find((q) => q.name === 'MAINTENANCE')!.failed,
      ).toBeGreaterThanOrEqual(1);

      const failed = await t.gql<{ queuedJobs: Record<string, unknown>[] }>(
        JOBS,
        { queue: 'MAINTENANCE', state: 'FAILED' },
        admin.accessToken,
      );
      expect(failed.errors).toBeUndefined();
      expect(failed.data!.queuedJobs).toContainEqual(
        expect.objectContaining({
          id: 'probe-list',
          queue: 'MAINTENANCE',
          name: 'test.no-handler',
          state: 'FAILED',
          attemptsMade: 1,
          maxAttempts: 1,
          failedReason: 'No handler for job test.no-handler',
          finishedAt: expect.any(String),
        }),
      );
      expect(JSON.stringify(failed.data)).not.toContain('data an operator never sees');

      for (const query of [QUEUES, JOBS]) {
        const variables = { queue: 'MAINTENANCE', state: 'FAILED' };
        expect(errorCode(await t.gql(query, variables, member.accessToken))).toBe('FORBIDDEN');
        expect(errorCode(await t.gql(query, variables))).toBe('UNAUTHENTICATED');
      }
    });

    it('retries a failed job with fresh attempts, audited with its event', async () => {
      await failingJob('probe-retry');
      const firstRun = (await queue().getJob('probe-retry'))!.processedOn!;
      const retried = await t.gql(
        RETRY,
        { input: { queue: 'MAINTENANCE', jobId: 'probe-retry', reason: 'Handler deployed' } },
        admin.accessToken,
      );
      expect(retried.errors).toBeUndefined();
      expect(retried.data!.retryJob).toEqual({
        id: 'probe-retry',
        state: 'FAILED',
        attemptsMade: 1,
      });
      // It ran again (and, still without a handler, failed again: a later run, not the old one).
      await eventually(async () => {
        const job = await queue().getJob('probe-retry');
        return job && job.processedOn! > firstRun && (await job.getState()) === 'failed'
          ? true
          : undefined;
      });
      expect(await auditEntries('operations.job-retried')).toEqual([
        {
          target_type: 'job',
          target_id: 'maintenance/probe-retry',
          reason: 'Handler deployed',
          details: { queue: 'maintenance', job: 'test.no-handler', attemptsMade: 1 },
        },
      ]);
      expect(await events('operations.job-retried')).toBe(1);
    });

    it('discards a failed or a delayed job for good, audited', async () => {
      await failingJob('probe-discard');
      await queue().add('test.no-handler', {}, { jobId: 'probe-later', delay: 3_600_000 });
      const delayed = await t.gql<{ queuedJobs: { id: string; runsAt: string }[] }>(
        JOBS,
        { queue: 'MAINTENANCE', state: 'DELAYED', first: 100 },
        admin.accessToken,
      );
      const later = delayed.data!.queuedJobs.find((job) => job.id === 'probe-later');
      expect(new Date(later!.runsAt).getTime()).toBeGreaterThan(Date.now() + 3_000_000);

      for (const jobId of ['probe-discard', 'probe-later']) {
        const discarded = await t.gql(
          DISCARD,
          { input: { queue: 'MAINTENANCE', jobId, reason: 'Obsolete after the fix' } },
          admin.accessToken,
        );
        expect(discarded.errors).toBeUndefined();
        expect(await queue().getJob(jobId)).toBeUndefined();
      }
      expect(
        (await auditEntries('operations.job-discarded')).map((e) => e.target_id).sort(),
      ).toEqual(['maintenance/probe-discard', 'maintenance/probe-later']);
      expect(await events('operations.job-discarded')).toBe(2);
    });

    it('refuses bad input and unknown or unsuitable jobs with typed errors, writing nothing', async () => {
      await queue().add('test.no-handler', {}, { jobId: 'probe-waiting', delay: 3_600_000 });
      const auditBefore = (await auditEntries('operations.job-retried')).length;
      const cases: [string, Record<string, unknown>, string][] = [
        [
          RETRY,
          { input: { queue: 'MAINTENANCE', jobId: 'no such job', reason: 'why not' } },
          'BAD_USER_INPUT',
        ],
        [
          RETRY,
          { input: { queue: 'MAINTENANCE', jobId: 'probe-none', reason: 'x' } },
          'BAD_USER_INPUT',
        ],
        [
          RETRY,
          { input: { queue: 'MAINTENANCE', jobId: 'probe-none', reason: 'Not there' } },
          'NOT_FOUND',
        ],
        // A delayed job is not failed: nothing to retry.
        [
          RETRY,
          { input: { queue: 'MAINTENANCE', jobId: 'probe-waiting', reason: 'Too early' } },
          'NOT_FOUND',
        ],
        [
          RETRY,
          { input: { queue: 'NOPE', jobId: 'probe-none', reason: 'Not a queue' } },
          'BAD_USER_INPUT',
        ],
        [JOBS, { queue: 'MAINTENANCE', state: 'FAILED', first: 0 }, 'BAD_USER_INPUT'],
        [JOBS, { queue: 'MAINTENANCE', state: 'FAILED', first: 101 }, 'BAD_USER_INPUT'],
      ];
      for (const [query, variables, code] of cases) {
        const response = await t.gql(query, variables, admin.accessToken);
        expect({ variables, code: errorCode(response), status: response.status < 500 }).toEqual({
          variables,
          code,
          status: true,
        });
      }
      expect(await queue().getJobState('probe-waiting')).toBe('delayed');
      expect((await auditEntries('operations.job-retried')).length).toBe(auditBefore);
    });
  },
);
