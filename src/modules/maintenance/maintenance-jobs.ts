// SPDX-License-Identifier: EUPL-1.2
/** Jobs of the maintenance queue. */
export const MaintenanceJob = {
  PurgeNotifications: 'maintenance.purge-notifications',
} as const;

/** In-app notifications are kept this long (DOMAIN §11: no personal data kept without need). */
export const NOTIFICATION_RETENTION_DAYS = 180;

/** Rows per DELETE statement, so a large purge never holds long locks or one huge transaction. */
export const PURGE_BATCH_SIZE = 5000;
