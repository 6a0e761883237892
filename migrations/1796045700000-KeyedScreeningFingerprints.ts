// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['case_study', 'question', 'answer'] as const;

/**
 * Screening fingerprints became keyed (HMAC-SHA-256 under SCREENING_FINGERPRINT_KEY, issue 11).
 * The stored acknowledgements are the old unkeyed SHA-256 prefixes: they match no finding any
 * more, and they are themselves a leak, since an acknowledged personal identity number (or name)
 * is recovered from its prefix by enumerating candidates. They cannot be re-keyed without
 * screening every text again, so they are cleared: a draft's author acknowledges again on
 * submit, a submitted or published item's author on its next edit (the only times they are
 * checked). Nothing already shared changes. Hand-written: no entity change.
 */
export class KeyedScreeningFingerprints1796045700000 implements MigrationInterface {
  name = 'KeyedScreeningFingerprints1796045700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(
        `UPDATE ${table} SET acknowledged_findings = '{}' WHERE acknowledged_findings <> '{}'`,
      );
    }
  }

  public async down(): Promise<void> {
    // The unkeyed fingerprints are gone on purpose; there is nothing to restore.
  }
}
