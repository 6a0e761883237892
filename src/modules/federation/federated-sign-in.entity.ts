// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MemberEntity } from 'src/modules/members/member.entity';

/**
 * One round trip to an identity provider. `start` writes what the return must match (state,
 * nonce, PKCE verifier, SAML request id, the browser that left); the return records the member
 * it resolved to and a single-use hand-off token that the web client redeems for a session.
 */
@Entity('federated_sign_in')
@Index('federated_sign_in_expires_idx', ['expiresAt'])
export class FederatedSignInEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  provider!: string;

  /** Keyed hash of the OIDC `state` / SAML RelayState. */
  @Column({ type: 'varchar', length: 64, unique: true })
  stateHash!: string;

  /** Keyed hash of the browser-binding cookie set at start (login CSRF). */
  @Column({ type: 'varchar', length: 64 })
  browserHash!: string;

  /** The PKCE code verifier, sealed with the data key. */
  @Column({ type: 'text', nullable: true })
  sealedCodeVerifier!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  nonce!: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  samlRequestId!: string | null;

  /** The same-origin path the member returns to after signing in (`?next=`), if any. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  nextPath!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  /** When the IdP sent the browser back (the row is spent then, whatever the outcome). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  returnedAt!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  handoffHash!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  handoffExpiresAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  memberId!: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'federated_sign_in_member_fk' })
  member?: MemberEntity;

  /** The IdP asserted a second factor (REFEDS MFA). */
  @Column({ type: 'boolean', default: false })
  mfa!: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  redeemedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
