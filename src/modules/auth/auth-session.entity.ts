// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MemberEntity } from 'src/modules/members/member.entity';

/** One signed-in device: a chain of refresh tokens that ends when the session is revoked. */
@Entity('auth_session')
@Index('auth_session_member_idx', ['memberId'])
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  /** Last sign-in or refresh: what "last used" shows in the member's list of sessions. */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  lastUsedAt!: Date;

  /** A short label from the User-Agent at sign-in ("Firefox on Windows"); null if unknown. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  deviceLabel!: string | null;

  /** The browser's name from the User-Agent ("Firefox"): a proper name, not translated. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  deviceBrowser!: string | null;

  /** The operating system's name from the User-Agent ("Windows"). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  deviceOs!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  /**
   * When this session last proved a second factor (at sign-in or a step-up); step-up actions
   * need it to be recent. Null for sessions opened without one.
   */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  secondFactorAt!: Date | null;

  /**
   * The identity provider asserted a second factor (REFEDS MFA) when this session was opened:
   * the member's MFA requirement is met for this session.
   */
  @Column({ type: 'boolean', default: false })
  federatedMfa!: boolean;

  /** `logout`, `refresh-token-reuse`, `password-changed`, `revoked-by-member`… */
  @Column({ type: 'varchar', length: 32, nullable: true })
  revokedReason!: string | null;
}
