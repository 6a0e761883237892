// SPDX-License-Identifier: EUPL-1.2
/** One announcement: a notification was created for a member (ids only, never content). */
export interface LiveNotification {
  memberId: string;
  notificationId: string;
}

/**
 * Carries announcements between processes: the worker publishes, every API process hears it and
 * hands it to the sockets of that member. Delivery is best effort (a process that is briefly
 * disconnected misses announcements); the `notifications` query stays the record.
 */
export interface NotificationTransport {
  publish(message: LiveNotification): Promise<void>;
  /** Starts listening; resolves once announcements published from now on will arrive. */
  listen(onMessage: (message: LiveNotification) => void): Promise<void>;
  close(): Promise<void>;
}

/** Reads an announcement from the wire, or null for anything malformed. */
export function parseAnnouncement(raw: string): (LiveNotification & { ns?: unknown }) | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { memberId, notificationId, ns } = value as Record<string, unknown>;
  if (typeof memberId !== 'string' || typeof notificationId !== 'string') return null;
  return { memberId, notificationId, ns };
}
