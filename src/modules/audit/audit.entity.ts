// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One privileged or security-relevant action (DOMAIN §8). Append-only: a database trigger
 * refuses UPDATE and DELETE, so not even a bug in our code can rewrite history.
 */
@Entity('audit_log')
@Index('audit_log_created_at_id_idx', ['createdAt', 'id'])
@Index('audit_log_action_idx', ['action'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  /** The member who acted; null for a visitor (e.g. a failed sign-in) or the system. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** e.g. `auth.sign-in.failed`, `member.invited`, `member.roles-changed`. */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  targetId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Extra facts (never passwords, tokens or anonymous authors). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  /** Hashed client address, so repeated failures can be correlated without storing the IP. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientFingerprint!: string | null;
}
