// SPDX-License-Identifier: EUPL-1.2
import type { Logger } from '@nestjs/common';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import {
  parseAnnouncement,
  type LiveNotification,
  type NotificationTransport,
} from 'src/modules/notifications/live/notification-transport';

export const NOTIFICATIONS_CHANNEL = 'samrad_notifications';
const MAX_RECONNECT_DELAY_MS = 30_000;

/**
 * PostgreSQL LISTEN/NOTIFY when Redis is not configured. Publishing is a `pg_notify` on the
 * pool; listening holds one dedicated connection per process (opened on first use), which is
 * re-established with backoff when it drops. The channel is shared by everything on the
 * database, so each payload carries the namespace and other namespaces are ignored.
 */
export class PostgresNotificationTransport implements NotificationTransport {
  private listener?: Client;
  private closed = false;
  private reconnectTimer?: NodeJS.Timeout;
  private failures = 0;
  private onMessage?: (message: LiveNotification) => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly url: string,
    private readonly namespace: string,
    private readonly logger: Logger,
  ) {}

  async publish(message: LiveNotification): Promise<void> {
    await this.dataSource.query('SELECT pg_notify($1, $2)', [
      NOTIFICATIONS_CHANNEL,
      JSON.stringify({ ns: this.namespace, ...message }),
    ]);
  }

  async listen(onMessage: (message: LiveNotification) => void): Promise<void> {
    this.onMessage = onMessage;
    await this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url });
    client.on('notification', ({ channel, payload }) => {
      if (channel !== NOTIFICATIONS_CHANNEL || !payload) return;
      const message = parseAnnouncement(payload);
      if (message?.ns !== this.namespace) return;
      this.onMessage?.({ memberId: message.memberId, notificationId: message.notificationId });
    });
    // A dropped connection emits 'error' and/or 'end'; without a listener Node would stop.
    client.on('error', (error) => {
      this.logger.warn({ err: error.message }, 'Live notifications: listener connection error');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATIONS_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.failures = 0;
  }

  private lost(client: Client): void {
    if (this.closed || this.listener !== client) return;
    this.listener = undefined;
    void client.end().catch(() => undefined);
    this.logger.warn('Live notifications: listener lost, reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, 500 * 2 ** this.failures++);
    this.reconnectTimer = setTimeout(() => {
      this.connect().then(
        () => this.logger.log('Live notifications: listener reconnected'),
        (error: unknown) => {
          this.logger.warn(
            { err: error instanceof Error ? error.message : String(error) },
            'Live notifications: reconnect failed',
          );
          if (!this.closed) this.scheduleReconnect();
        },
      );
    }, delay);
    this.reconnectTimer.unref();
  }
}
