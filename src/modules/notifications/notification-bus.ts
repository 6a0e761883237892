import { Injectable } from '@nestjs/common';

export type NotificationListener = (notificationId: string) => void;

/**
 * Announces new notifications to live subscribers (`notificationAdded`). This in-process
 * version serves a single API process; the subscription issue replaces the transport with
 * Redis pub/sub or PostgreSQL LISTEN/NOTIFY so several processes hear each other.
 */
@Injectable()
export class NotificationBus {
  private readonly listeners = new Map<string, Set<NotificationListener>>();

  async publish(memberId: string, notificationId: string): Promise<void> {
    for (const listener of this.listeners.get(memberId) ?? []) listener(notificationId);
    await Promise.resolve();
  }

  subscribe(memberId: string, listener: NotificationListener): () => void {
    const set = this.listeners.get(memberId) ?? new Set<NotificationListener>();
    set.add(listener);
    this.listeners.set(memberId, set);
    return () => set.delete(listener);
  }
}
