// SPDX-License-Identifier: EUPL-1.2
import { DataSource } from 'typeorm';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { eventually } from 'test/helpers/eventually';
import { notificationsSettled } from 'test/helpers/notifications-settled';
import { startTestApp, type QueueBackendKind, type TestApp } from 'test/helpers/test-app';

const NOTIFICATIONS = `{ notifications(first: 50) {
  edges { node { id kind contentType contentId title text read } } } }`;

interface Listed {
  id: string;
  kind: string;
  contentType: string;
  contentId: string;
  title: string | null;
  text: string;
  read: boolean;
}

/**
 * "Your data export is ready" in the app (issue 13), through GraphQL with the real relay, job
 * and router on both queue backends: the member who asked hears of it once, nobody else does,
 * and the notification carries nothing that downloads the archive.
 */
describe.each<QueueBackendKind>(['postgres', 'redis'])(
  'Data export ready notification (e2e, %s queues)',
  (queue) => {
    let t: TestApp;
    let db: DataSource;
    let me: SignedInMember;
    let other: SignedInMember;

    beforeAll(async () => {
      t = await startTestApp({ queue });
      db = t.app.get(DataSource);
      me = await signedInMember(t, { displayName: 'Nora Notifierad' });
      other = await signedInMember(t, { displayName: 'Otto Annan' });
    });

    afterAll(async () => {
      await t?.close();
    });

    async function listed(member: SignedInMember): Promise<Listed[]> {
      const result = await t.gql<{ notifications: { edges: { node: Listed }[] } }>(
        NOTIFICATIONS,
        {},
        member.accessToken,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.notifications.edges.map((e) => e.node);
    }

    it('tells the member who asked, once, in the app, without the download link', async () => {
      const requested = await t.gql<{ exportMyData: { id: string } }>(
        `mutation { exportMyData { id } }`,
        {},
        me.accessToken,
      );
      expect(requested.errors).toBeUndefined();
      const exportId = requested.data!.exportMyData.id;

      // The build job runs, then the router: the notification appears for me.
      const mine = await eventually(async () => {
        const found = (await listed(me)).filter((n) => n.kind === 'DATA_EXPORT_READY');
        return found.length > 0 ? found : undefined;
      });
      await notificationsSettled(db);
      expect(await listed(me)).toEqual([
        {
          id: mine[0]!.id,
          kind: 'DATA_EXPORT_READY',
          contentType: 'DATA_EXPORT',
          contentId: exportId,
          title: null,
          text: 'Din export av dina uppgifter är klar att hämta\nHämta den på sidan Mina uppgifter innan den går ut.',
          read: false,
        },
      ]);
      const unread = await t.gql<{ unreadNotificationCount: number }>(
        `{ unreadNotificationCount }`,
        {},
        me.accessToken,
      );
      expect(unread.data?.unreadNotificationCount).toBe(1);

      // Nobody else: not listed to them, and no row for anyone but me.
      expect(await listed(other)).toEqual([]);
      const rows = await db.query<{ member_id: string; payload: Record<string, unknown> }[]>(
        `SELECT member_id, payload FROM notification WHERE kind = 'DATA_EXPORT_READY'`,
      );
      expect(rows).toEqual([{ member_id: me.id, payload: {} }]);

      // Nothing that downloads it: not the signed path, not its signature or expiry.
      const [exported] = await db.query<{ expires_at: Date }[]>(
        `SELECT expires_at FROM data_export WHERE id = $1`,
        [exportId],
      );
      const expiresSeconds = String(Math.floor(exported!.expires_at.getTime() / 1000));
      const everything = JSON.stringify([rows, await listed(me)]);
      for (const leak of ['/exports/', 'sig=', 'expires=', expiresSeconds])
        expect(everything).not.toContain(leak);

      // A replayed event notifies nobody twice (the row's key is the event).
      await db.query(
        `INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload)
         SELECT topic, aggregate_type, aggregate_id, payload FROM outbox
          WHERE topic = 'member.data-export-ready' AND aggregate_id = $1`,
        [exportId],
      );
      await notificationsSettled(db);
      const again = await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM notification WHERE kind = 'DATA_EXPORT_READY'`,
      );
      expect(again[0]!.n).toBe(1);
    });
  },
);
