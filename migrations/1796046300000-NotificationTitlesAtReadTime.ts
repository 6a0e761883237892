// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications no longer keep a copy of their item's title: the title is read from the item
 * when the notification is read, and only if the reader may read the item then (issue 11). The
 * copies already stored (some of AMBER, AMBER_STRICT and RED items, some of items since hidden,
 * narrowed or retitled) are erased. Data only, no schema change.
 */
export class NotificationTitlesAtReadTime1796046300000 implements MigrationInterface {
  name = 'NotificationTitlesAtReadTime1796046300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE notification SET payload = payload - 'title' WHERE payload ? 'title'`,
    );
  }

  public async down(): Promise<void> {
    // The erased copies are not restored: nothing reads them any more.
  }
}
