// SPDX-License-Identifier: EUPL-1.2
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Federated sign-in (OIDC, SAML): organisations may allow self-registration through an IdP
 * that vouches for them (off by default); a session remembers that its IdP asserted MFA; and
 * each browser round trip to an IdP is one short-lived, single-use row (state, nonce, PKCE
 * verifier sealed, SAML request id), then the hand-off of its outcome to the web client.
 */
export class FederatedSignIn1797300000000 implements MigrationInterface {
  name = 'FederatedSignIn1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "allow_self_registration" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_session" ADD "federated_mfa" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`
            CREATE TABLE "federated_sign_in" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "provider" character varying(40) NOT NULL,
                "state_hash" character varying(64) NOT NULL,
                "browser_hash" character varying(64) NOT NULL,
                "sealed_code_verifier" text,
                "nonce" character varying(64),
                "saml_request_id" character varying(128),
                "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "returned_at" TIMESTAMP(3) WITH TIME ZONE,
                "handoff_hash" character varying(64),
                "handoff_expires_at" TIMESTAMP(3) WITH TIME ZONE,
                "member_id" uuid,
                "mfa" boolean NOT NULL DEFAULT false,
                "redeemed_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "federated_sign_in_pkey" PRIMARY KEY ("id"),
                CONSTRAINT "federated_sign_in_state_key" UNIQUE ("state_hash"),
                CONSTRAINT "federated_sign_in_handoff_key" UNIQUE ("handoff_hash"),
                CONSTRAINT "federated_sign_in_member_fk" FOREIGN KEY ("member_id")
                    REFERENCES "member"("id") ON DELETE CASCADE
            )`);
    await queryRunner.query(
      `CREATE INDEX "federated_sign_in_expires_idx" ON "federated_sign_in" ("expires_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "federated_sign_in"`);
    await queryRunner.query(`ALTER TABLE "auth_session" DROP COLUMN "federated_mfa"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "allow_self_registration"`);
  }
}
