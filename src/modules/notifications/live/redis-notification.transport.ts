// SPDX-License-Identifier: EUPL-1.2
import type { Logger } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import {
  parseAnnouncement,
  type LiveNotification,
  type NotificationTransport,
} from 'src/modules/notifications/live/notification-transport';

/**
 * Redis pub/sub on `<namespace>:notifications`: one subscriber connection per process (ioredis
 * reconnects and re-subscribes by itself) and one publisher, each opened on first use, so the
 * worker never opens a subscriber and the API opens one only when a client subscribes.
 */
export class RedisNotificationTransport implements NotificationTransport {
  private readonly channel: string;
  private publisher?: Redis;
  private subscriber?: Redis;

  constructor(
    private readonly url: string,
    namespace: string,
    private readonly logger: Logger,
  ) {
    this.channel = `${namespace}:notifications`;
  }

  async publish(message: LiveNotification): Promise<void> {
    // Fail fast while Redis is away: a notification job must not wait on a live update.
    this.publisher ??= this.connect('publisher', { maxRetriesPerRequest: 1 });
    await this.publisher.publish(this.channel, JSON.stringify(message));
  }

  async listen(onMessage: (message: LiveNotification) => void): Promise<void> {
    const subscriber = this.connect('subscriber', {});
    subscriber.on('message', (channel: string, raw: string) => {
      if (channel !== this.channel) return;
      const message = parseAnnouncement(raw);
      if (message)
        onMessage({ memberId: message.memberId, notificationId: message.notificationId });
    });
    try {
      await subscriber.subscribe(this.channel);
    } catch (error) {
      subscriber.disconnect();
      throw error;
    }
    this.subscriber = subscriber;
  }

  async close(): Promise<void> {
    const connections = [this.publisher, this.subscriber].filter((c): c is Redis => !!c);
    this.publisher = this.subscriber = undefined;
    await Promise.allSettled(
      connections.map(async (c) => (c.status === 'ready' ? c.quit() : c.disconnect())),
    );
  }

  private connect(role: string, options: RedisOptions): Redis {
    const connection = new Redis(this.url, options);
    // Without a listener, a connection error would be unhandled and stop the process.
    connection.on('error', (error: Error) =>
      this.logger.warn({ role, err: error.message }, 'Live notifications: Redis error'),
    );
    return connection;
  }
}
