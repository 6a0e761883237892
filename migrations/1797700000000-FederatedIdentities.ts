// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Federated identities: which (IdP, subject) — OIDC `sub`, SAML eduPersonPrincipalName — is
 * which member, so a member whose eppn differs from their e-mail keeps signing in once linked;
 * and the same-origin path a federated sign-in returns to (`next`), kept on the flow's row.
 */
export class FederatedIdentities1797700000000 implements MigrationInterface {
  name = 'FederatedIdentities1797700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "member_federated_identity" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "member_id" uuid NOT NULL,
                "issuer" character varying(255) NOT NULL,
                "subject" character varying(255) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "member_federated_identity_pkey" PRIMARY KEY ("id"),
                CONSTRAINT "member_federated_identity_member_fk" FOREIGN KEY ("member_id")
                    REFERENCES "member"("id") ON DELETE CASCADE
            )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "member_federated_identity_subject_key" ON "member_federated_identity" ("issuer", "subject")`,
    );
    await queryRunner.query(
      `CREATE INDEX "member_federated_identity_member_idx" ON "member_federated_identity" ("member_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "federated_sign_in" ADD "next_path" character varying(2000)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "federated_sign_in" DROP COLUMN "next_path"`);
    await queryRunner.query(`DROP TABLE "member_federated_identity"`);
  }
}
