// SPDX-License-Identifier: EUPL-1.2
import { Logger } from '@nestjs/common';
import type { NotificationEntity } from 'src/modules/notifications/notification.entity';

/** What the `notificationAdded` subscription yields per event (graphql-js reads the field). */
export interface NotificationAddedEvent {
  notificationAdded: NotificationEntity;
}

/** The subset of NotificationBus a stream needs. */
export interface NotificationSource {
  subscribe(memberId: string, listener: (notificationId: string) => void): Promise<() => void>;
}

/** Announcements kept for a slow client; beyond this the oldest are dropped. */
export const MAX_BUFFERED_ANNOUNCEMENTS = 100;

const logger = new Logger('NotificationStream');

/**
 * The event source of one `notificationAdded` subscription: announcements for this member only,
 * each loaded with `load` (which must check ownership; ids it does not return are skipped).
 * Hand-written rather than an async generator so that `return()` unsubscribes at once, also
 * while waiting for the next announcement. It never rejects: a failed load is logged and
 * skipped, so no internal error text reaches the socket.
 */
export async function notificationStream(
  source: NotificationSource,
  memberId: string,
  load: (notificationId: string) => Promise<NotificationEntity | null>,
): Promise<AsyncIterableIterator<NotificationAddedEvent>> {
  const queue: string[] = [];
  let wake: (() => void) | undefined;
  let finished = false;
  const unsubscribe = await source.subscribe(memberId, (notificationId) => {
    if (queue.length >= MAX_BUFFERED_ANNOUNCEMENTS) queue.shift();
    queue.push(notificationId);
    wake?.();
  });
  const finish = () => {
    finished = true;
    unsubscribe();
    queue.length = 0;
    wake?.();
  };
  const done = { done: true, value: undefined } as const;

  const stream: AsyncIterableIterator<NotificationAddedEvent> = {
    async next(): Promise<IteratorResult<NotificationAddedEvent>> {
      while (!finished) {
        const notificationId = queue.shift();
        if (notificationId === undefined) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        try {
          const notification = await load(notificationId);
          if (notification && !finished) {
            return { done: false, value: { notificationAdded: notification } };
          }
        } catch (error) {
          logger.warn(
            { err: error instanceof Error ? error.message : String(error) },
            'Live notification could not be loaded',
          );
        }
      }
      return done;
    },
    return(): Promise<IteratorResult<NotificationAddedEvent>> {
      finish();
      return Promise.resolve(done);
    },
    throw(error?: unknown): Promise<IteratorResult<NotificationAddedEvent>> {
      finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
