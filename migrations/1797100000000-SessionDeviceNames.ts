// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session's browser and operating system by name, beside the English device label, so that a
 * client can say "Chrome på Linux" in the member's language. Sessions opened before keep what
 * their label tells: the old labeller wrote "<browser> on <system>", or one of the two alone.
 */
export class SessionDeviceNames1797100000000 implements MigrationInterface {
  name = 'SessionDeviceNames1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "auth_session" ADD "device_browser" character varying(40)`,
    );
    await queryRunner.query(`ALTER TABLE "auth_session" ADD "device_os" character varying(40)`);
    await queryRunner.query(`
            UPDATE auth_session
               SET device_browser = left(split_part(device_label, ' on ', 1), 40),
                   device_os = left(split_part(device_label, ' on ', 2), 40)
             WHERE device_label LIKE '% on %'`);
    await queryRunner.query(`
            UPDATE auth_session SET device_browser = device_label
             WHERE device_label IN ('Edge', 'Opera', 'Firefox', 'Chrome', 'Safari')`);
    await queryRunner.query(`
            UPDATE auth_session SET device_os = device_label
             WHERE device_label IN ('Windows', 'iOS', 'Android', 'ChromeOS', 'macOS', 'Linux')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_session" DROP COLUMN "device_os"`);
    await queryRunner.query(`ALTER TABLE "auth_session" DROP COLUMN "device_browser"`);
  }
}
