// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from 'src/modules/members/member.entity';

/** A member's authenticator app (TOTP, RFC 6238): at most one per member. */
@Entity('mfa_totp')
export class TotpFactorEntity {
  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  @OneToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  /** The base32 secret sealed with DATA_ENCRYPTION_KEY: a database dump alone cannot mint codes. */
  @Column({ type: 'varchar', length: 255 })
  sealedSecret!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  /** Null while enrolment waits for the first code: an unconfirmed app is no factor yet. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt!: Date | null;

  /** The 30-second step of the last accepted code; that step and earlier ones are refused (replay). */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber() })
  lastTimeStep!: number | null;
}

/** bigint columns arrive from pg as strings; these stay far below 2^53. */
export function bigintNumber() {
  return {
    to: (value: number | null | undefined) => value,
    from: (value: string | null) => (value === null ? null : Number(value)),
  };
}
