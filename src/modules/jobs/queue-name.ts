// SPDX-License-Identifier: EUPL-1.2
/** Every BullMQ queue. One queue per feature keeps a slow consumer from delaying the others. */
export enum QueueName {
  Mail = 'mail',
  Maintenance = 'maintenance',
  Search = 'search',
  Notifications = 'notifications',
  Digests = 'digests',
  /** Members' data exports: a large one must not hold up mail or search. */
  Exports = 'exports',
}
