// SPDX-License-Identifier: EUPL-1.2
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/app-config';
import { TransactionHost } from 'src/database/transaction-host';
import { QUEUE_BACKEND_SETTINGS, type QueueBackendSettings } from 'src/modules/jobs/queue-backend';
import { AfterCommit } from 'src/modules/notifications/live/after-commit';
import type {
  LiveNotification,
  NotificationTransport,
} from 'src/modules/notifications/live/notification-transport';
import { PostgresNotificationTransport } from 'src/modules/notifications/live/postgres-notification.transport';
import { RedisNotificationTransport } from 'src/modules/notifications/live/redis-notification.transport';

export type NotificationListener = (notificationId: string) => void;

/**
 * Announces new notifications to live subscribers (`notificationAdded`) in every API process:
 * through Redis pub/sub when REDIS_URL is set, otherwise PostgreSQL LISTEN/NOTIFY, namespaced
 * like the queues so that apps sharing a Redis or a database (parallel test files) stay apart.
 * The worker publishes; each API process keeps one transport listener (opened when the first
 * client subscribes) and routes announcements to that member's local listeners. Delivery is
 * best effort (see live/README.md).
 */
@Injectable()
export class NotificationBus implements OnApplicationShutdown {
  private readonly logger = new Logger(NotificationBus.name);
  private readonly listeners = new Map<string, Set<NotificationListener>>();
  private readonly transport: NotificationTransport;
  private readonly afterCommit: AfterCommit;
  private listening?: Promise<void>;

  constructor(
    config: AppConfig,
    @Inject(QUEUE_BACKEND_SETTINGS) settings: QueueBackendSettings,
    tx: TransactionHost,
    dataSource: DataSource,
  ) {
    const redisUrl = config.env.REDIS_URL;
    this.transport = redisUrl
      ? new RedisNotificationTransport(redisUrl, settings.namespace, this.logger)
      : new PostgresNotificationTransport(
          dataSource,
          config.env.DATABASE_URL,
          settings.namespace,
          this.logger,
        );
    this.afterCommit = new AfterCommit(tx, dataSource);
  }

  /**
   * Announces a notification once it is committed. Never throws: a live update that cannot be
   * sent must not fail the job that created the notification (its e-mail would be lost on retry).
   */
  async publish(memberId: string, notificationId: string): Promise<void> {
    await this.afterCommit.run(async () => {
      try {
        await this.transport.publish({ memberId, notificationId });
      } catch (error) {
        this.logger.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'Live notification not announced',
        );
      }
    });
  }

  /**
   * Calls `listener` with the id of each new notification for the member, from any process.
   * Resolves once the transport listens, so nothing announced afterwards is missed; returns the
   * function that unsubscribes.
   */
  async subscribe(memberId: string, listener: NotificationListener): Promise<() => void> {
    await this.startListening();
    const set = this.listeners.get(memberId) ?? new Set<NotificationListener>();
    set.add(listener);
    this.listeners.set(memberId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(memberId) === set) this.listeners.delete(memberId);
    };
  }

  /** How many live listeners this process has for a member (readiness checks, tests). */
  listenerCount(memberId: string): number {
    return this.listeners.get(memberId)?.size ?? 0;
  }

  async onApplicationShutdown(): Promise<void> {
    this.listeners.clear();
    await this.transport.close();
  }

  private startListening(): Promise<void> {
    this.listening ??= this.transport
      .listen((message) => this.dispatch(message))
      .catch((error: unknown) => {
        // Let the next subscriber try again instead of failing forever.
        this.listening = undefined;
        throw error;
      });
    return this.listening;
  }

  private dispatch({ memberId, notificationId }: LiveNotification): void {
    for (const listener of this.listeners.get(memberId) ?? []) {
      try {
        listener(notificationId);
      } catch (error) {
        this.logger.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'Live notification listener failed',
        );
      }
    }
  }
}
