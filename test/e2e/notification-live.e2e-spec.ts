// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { ContentType } from 'src/modules/content/content-type.enum';
import { NotificationBus } from 'src/modules/notifications/notification-bus';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import { NotificationsService } from 'src/modules/notifications/notifications.service';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { askQuestion, organisationId } from 'test/factories/question.factory';
import {
  errorCode,
  startTestApp,
  type QueueBackendKind,
  type TestApp,
} from 'test/helpers/test-app';

const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind contentId title text read } }`;

interface Added {
  id: string;
  kind: string;
  contentId: string;
  title: string | null;
  text: string;
  read: boolean;
}

interface Subscription {
  events: Added[];
  errors: unknown[];
  /** The close event (or error) that ended the connection, once it has. */
  ended?: unknown;
}

async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `notificationAdded` across processes: the worker's `deliver` runs in app A, the member's socket
 * is on app B (same database and namespace), so the announcement must cross the transport.
 */
describe.each<QueueBackendKind>(['postgres', 'redis'])(
  'notificationAdded over graphql-ws, two API processes (%s transport)',
  (queue) => {
    let a: TestApp;
    let b: TestApp;
    let x: SignedInMember;
    let y: SignedInMember;
    const clients: Client[] = [];

    beforeAll(async () => {
      a = await startTestApp({ worker: false, queue });
      b = await startTestApp({
        worker: false,
        queue,
        database: a.database,
        queueNamespace: a.queueNamespace,
      });
      x = await signedInMember(a, { displayName: 'Member X' });
      y = await signedInMember(a, { displayName: 'Member Y' });
    });

    afterEach(async () => {
      await Promise.allSettled(clients.splice(0).map(async (c) => c.dispose()));
      // The servers notice the closed sockets and unsubscribe; start the next case from zero.
      const buses = [a, b].map((t) => t.app.get(NotificationBus));
      await waitFor(
        () => buses.every((bus) => bus.listenerCount(x.id) + bus.listenerCount(y.id) === 0),
        'the closed subscriptions to end',
      );
    });

    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    const wsUrl = (t: TestApp) => t.url.replace(/^http/, 'ws');

    function connect(t: TestApp, connectionParams: Record<string, unknown>): Client {
      const client = createClient({
        url: wsUrl(t),
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
      });
      clients.push(client);
      return client;
    }

    function subscribe(client: Client, query = NOTIFICATION_ADDED): Subscription {
      const subscription: Subscription = { events: [], errors: [] };
      client.subscribe<{ notificationAdded: Added }>(
        { query },
        {
          next: (result: ExecutionResult<{ notificationAdded: Added }>) => {
            if (result.data) subscription.events.push(result.data.notificationAdded);
            if (result.errors) subscription.errors.push(...result.errors);
          },
          error: (error) => (subscription.ended = error),
          complete: () => undefined,
        },
      );
      return subscription;
    }

    /** Subscribes as a member and waits until that app's bus listens for them. */
    async function liveAs(t: TestApp, member: SignedInMember): Promise<Subscription> {
      const subscription = subscribe(connect(t, { authorization: `Bearer ${member.accessToken}` }));
      const bus = t.app.get(NotificationBus);
      await waitFor(() => bus.listenerCount(member.id) === 1, 'the subscription to be live');
      return subscription;
    }

    /** An internal (AMBER_STRICT) question: live at once, readable in the asker's organisation. */
    async function questionOf(asker: SignedInMember, title: string, overrides = {}) {
      return (await askQuestion(a, asker, { title, sharingLevel: 'AMBER_STRICT', ...overrides }))
        .id;
    }

    /**
     * What the worker does for an outbox event: create the notification and announce it. Called
     * directly it skips the router's own check, as a notification written just before its item
     * was narrowed would have.
     */
    async function deliver(member: SignedInMember, title: string, questionId?: string) {
      const eventKey = `live-${randomUUID()}`;
      const created = await a.app.get(NotificationsService).deliver(
        {
          kind: NotificationKind.ITEM_IN_MODERATION_QUEUE,
          eventKey,
          contentType: ContentType.QUESTION,
          contentId: questionId ?? (await questionOf(member, title)),
          payload: {},
        },
        [member.id],
      );
      expect(created).toEqual([member.id]);
      const [row] = await a.app
        .get(DataSource)
        .query<{ id: string }[]>(`SELECT id FROM notification WHERE event_key = $1`, [eventKey]);
      return row!.id;
    }

    it('delivers only the member’s own notification, from another process', async () => {
      const onB = await liveAs(b, x);
      const onA = await liveAs(a, y);

      const forY = await deliver(y, 'For Y only');
      const forX = await deliver(x, 'For X only');

      await waitFor(() => onB.events.length === 1 && onA.events.length === 1, 'both events');
      await pause(300); // anything else announced would have arrived by now
      expect(onB.errors).toEqual([]);
      expect(onB.events).toEqual([
        {
          id: forX,
          kind: 'ITEM_IN_MODERATION_QUEUE',
          contentId: expect.any(String) as string,
          title: 'For X only',
          text: 'Nytt i modereringskön: For X only',
          read: false,
        },
      ]);
      // Y's was announced (Y hears it on app A), it just never reaches X.
      expect(onA.events.map((e) => e.id)).toEqual([forY]);
    });

    it('pushes nothing about an item the member may no longer read', async () => {
      const outsider = await signedInMember(a, { organisationSlug: 'lunds-universitet' });
      const live = await liveAs(b, outsider);
      // Written for an item the outsider cannot read (as if narrowed as it was delivered)…
      const internal = await questionOf(x, 'Internal: our export licence case');
      await deliver(outsider, 'unused', internal);
      // …then one they can: AMBER, shared with their organisation.
      const shared = await questionOf(x, 'Shared with Lund: a joint radar project', {
        sharingLevel: 'AMBER',
        recipientOrganisationIds: [await organisationId(a, 'lunds-universitet')],
      });
      const readable = await deliver(outsider, 'unused', shared);

      await waitFor(() => live.events.length >= 1, 'the readable event');
      await pause(300); // the unreadable one, had it been pushed, would have arrived first
      expect(live.errors).toEqual([]);
      expect(live.events).toEqual([
        expect.objectContaining({
          id: readable,
          contentId: shared,
          title: 'Shared with Lund: a joint radar project',
        }),
      ]);
      expect(JSON.stringify(live.events)).not.toContain('Internal');
    });

    it('refuses a connection without a token or with a bad one', async () => {
      for (const connectionParams of [
        {},
        { authorization: 'Bearer not-a-token' },
        { authorization: x.accessToken }, // no scheme
      ]) {
        const subscription = subscribe(connect(b, connectionParams));
        await waitFor(() => subscription.ended !== undefined, 'the connection to be refused');
        expect((subscription.ended as { code?: number }).code).toBe(4403);
        expect(subscription.events).toEqual([]);
      }
    });

    it('serves subscriptions only (and HTTP none), with the HTTP limits and error codes', async () => {
      const client = connect(b, { authorization: `Bearer ${x.accessToken}` });
      const query = subscribe(client, `{ me { id } }`);
      const unknown = subscribe(client, `subscription { notificationAddedd { id } }`);
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
      const tooMany = subscribe(client, `subscription { notificationAdded { ${aliases} } }`);
      await waitFor(
        () => [query, unknown, tooMany].every((s) => Array.isArray(s.ended)),
        'errors for each',
      );
      expect(query.ended).toEqual([
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
      ]);
      expect(unknown.ended).toEqual([
        expect.objectContaining({
          message: expect.not.stringContaining('Did you mean') as string,
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ]);
      // The alias limit, with the same code and wording as on HTTP.
      expect(tooMany.ended).toEqual([
        expect.objectContaining({
          message: 'The number of aliases 16 exceeds the limit of 15',
          extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) as object,
        }),
      ]);

      // And the other way round: HTTP refuses subscriptions.
      const overHttp = await b.gql(NOTIFICATION_ADDED, {}, x.accessToken);
      expect({ status: overHttp.status, code: errorCode(overHttp) }).toEqual({
        status: 400,
        code: 'BAD_USER_INPUT',
      });
    });

    if (queue === 'postgres') {
      it('listens again after its PostgreSQL connection is cut', async () => {
        const db = a.app.get(DataSource);
        const listeners = async () =>
          (
            await db.query<{ count: number }[]>(
              `SELECT count(*)::int AS count FROM pg_stat_activity
                WHERE datname = current_database() AND query = 'LISTEN samrad_notifications'`,
            )
          )[0]!.count;
        const live = await liveAs(b, x);
        const before = await listeners(); // app B's, and app A's from the first test
        expect(before).toBeGreaterThanOrEqual(1);
        await db.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND query = 'LISTEN samrad_notifications'`,
        );
        await waitFor(async () => (await listeners()) === 0, 'the listeners to be cut');
        // The processes are still up: they logged the error and reconnect (after 500 ms).
        await waitFor(async () => (await listeners()) === before, 'the listeners to reconnect');
        const forX = await deliver(x, 'After the cut');
        await waitFor(() => live.events.length === 1, 'the event after reconnecting');
        expect(live.events[0]!.id).toBe(forX);
      });
    }

    it('stops delivering once the session ends', async () => {
      const member = await signedInMember(a);
      const live = await liveAs(b, member);
      const questionId = await questionOf(member, 'After logout');
      const logout = await a.gql(`mutation { logout }`, {}, member.accessToken);
      expect(logout.data).toEqual({ logout: true });

      await deliver(member, 'After logout', questionId);
      await waitFor(() => live.ended !== undefined, 'the socket to close');
      expect((live.ended as { code?: number }).code).toBe(4403);
      expect(live.events).toEqual([]);
    });
  },
);
