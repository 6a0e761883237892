// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MemberEntity } from 'src/modules/members/member.entity';

export enum MfaChallengePurpose {
  /** The second step of a sign-in whose password was right. */
  SIGN_IN = 'SIGN_IN',
  /** A passkey being registered by a signed-in member. */
  PASSKEY_REGISTRATION = 'PASSKEY_REGISTRATION',
  /** A signed-in member proving a passkey again before a sensitive action. */
  STEP_UP = 'STEP_UP',
}

/**
 * A short-lived, single-use step between two requests. The token the client holds is stored only
 * as a keyed hash; the WebAuthn challenge lives here so the server decides what was signed.
 */
@Entity('mfa_challenge')
@Index('mfa_challenge_member_idx', ['memberId', 'purpose'])
export class MfaChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'enum', enum: MfaChallengePurpose, enumName: 'mfa_challenge_purpose' })
  purpose!: MfaChallengePurpose;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  webauthnChallenge!: string | null;

  /** Wrong codes against this challenge; past the limit it is spent. */
  @Column({ type: 'int', default: 0 })
  failedAttempts!: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  usedAt!: Date | null;
}
