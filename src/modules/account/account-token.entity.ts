// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MemberEntity } from 'src/modules/members/member.entity';
import { AccountTokenPurpose } from 'src/modules/account/account-token-purpose';

/**
 * A single-use, short-lived token mailed to a member (password reset, e-mail change) or printed
 * for an operator (first admin's password). Stored only as a keyed hash, like invitations.
 */
@Entity('account_token')
@Index('account_token_member_idx', ['memberId', 'purpose'])
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'enum', enum: AccountTokenPurpose, enumName: 'account_token_purpose' })
  purpose!: AccountTokenPurpose;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash!: string;

  /** EMAIL_CHANGE only: the normalised address the member asked to move to. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  newEmail!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  /** Set when used, and when a newer token of the same purpose or a password change retires it. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  usedAt!: Date | null;
}
