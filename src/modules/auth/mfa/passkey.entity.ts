// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MemberEntity } from 'src/modules/members/member.entity';
import { bigintNumber } from 'src/modules/auth/mfa/totp-factor.entity';

/** A WebAuthn credential (passkey or security key) registered by a member. */
@Entity('mfa_passkey')
@Index('mfa_passkey_member_idx', ['memberId'])
export class PasskeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  /** The authenticator's credential id, base64url. */
  @Column({ type: 'varchar', length: 1400, unique: true })
  credentialId!: string;

  /** COSE public key as the authenticator gave it. */
  @Column({ type: 'bytea' })
  publicKey!: Buffer;

  /** Signature counter: an assertion that does not move it forward may come from a cloned key. */
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber() })
  counter!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  transports!: string[];

  /** The member's own name for it ("YubiKey", "Laptop"). */
  @Column({ type: 'varchar', length: 100 })
  label!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt!: Date | null;
}
