// SPDX-License-Identifier: EUPL-1.2
import { JobQueue } from 'src/modules/jobs/job-queue';
import { QueueName } from 'src/modules/jobs/queue-name';
import { signedInMember } from 'test/factories/member.factory';
import { terminateSessions } from 'test/helpers/terminate-sessions';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

describe('Losing database connections (PostgreSQL queue backend)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  it('keeps the process up and serves again once connections are re-established', async () => {
    // BullMQ prints, rather than throws, errors that nobody listens to; catch those too.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // Open every kind of connection the app holds: ORM pool, rate-limit pool, queue pools, LISTEN.
    const member = await signedInMember(t);
    await t.app.get(JobQueue).add(QueueName.Maintenance, 'noop', {});

    expect(await terminateSessions(t.database.name)).toBeGreaterThan(2);
    await new Promise((resolve) => setTimeout(resolve, 200));

    // The first request may meet a dead pooled client; the app must answer with a typed error or
    // data, never crash, and recover on its own.
    let recovered = false;
    for (let attempt = 0; attempt < 10 && !recovered; attempt += 1) {
      const result = await t.gql('{ me { email } }', {}, member.accessToken);
      if (result.data?.me?.email === member.email) recovered = true;
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(recovered).toBe(true);
    const unhandled = consoleError.mock.calls.filter((call) =>
      /Unhandled error/.test(String(call[0])),
    );
    consoleError.mockRestore();
    expect(unhandled).toEqual([]);
  });
});
