// SPDX-License-Identifier: EUPL-1.2
import type { DataSource } from 'typeorm';

/**
 * Waits until the relay has published every outbox event and the notification jobs have stopped
 * writing rows (no new row for 700 ms), so a test reads notifications after routing is done.
 */
export async function notificationsSettled(db: DataSource, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  let last = -1;
  while (Date.now() < deadline) {
    const [counts]: { pending: number; notifications: number }[] = await db.query(
      `SELECT (SELECT count(*) FROM outbox WHERE published_at IS NULL)::int AS pending,
              (SELECT count(*) FROM notification)::int AS notifications`,
    );
    const { pending, notifications } = counts!;
    if (pending !== 0 || notifications !== last) {
      last = notifications;
      quietSince = Date.now();
    } else if (Date.now() - quietSince > 700) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('notifications did not settle');
}
