// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log stays append-only, with one narrow exception for GDPR erasure: inside a
 * transaction that has set `samrad.erasure` (AuditService.eraseMember does, with SET LOCAL), an
 * UPDATE may change an entry's reason, details and client fingerprint, never who did what to
 * which target or when. DELETE and TRUNCATE stay refused, whoever asks.
 */
export class AuditErasure1796600000001 implements MigrationInterface {
  name = 'AuditErasure1796600000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' THEN
                    IF current_setting('samrad.erasure', true) = 'on'
                       AND NEW.id = OLD.id
                       AND NEW.created_at = OLD.created_at
                       AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
                       AND NEW.action = OLD.action
                       AND NEW.target_type IS NOT DISTINCT FROM OLD.target_type
                       AND NEW.target_id IS NOT DISTINCT FROM OLD.target_id THEN
                        RETURN NEW;
                    END IF;
                END IF;
                RAISE EXCEPTION 'audit_log is append-only';
            END $$
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only';
            END $$
        `);
  }
}
