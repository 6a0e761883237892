// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MemberEntity } from 'src/modules/members/member.entity';

/**
 * An e-mail that was (or is being) sent, keyed by what it is about: (event, member) for a
 * notification, (period, member) for a digest. Claiming the row before sending is what makes
 * each mail go out once when jobs are retried or run twice.
 */
@Entity('email_delivery')
@Index('email_delivery_key', ['deliveryKey', 'memberId'], { unique: true })
export class EmailDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `notification:<eventKey>`, `digest:DAILY:2026-11-30`, `digest:WEEKLY:2026-W49`. */
  @Column({ type: 'varchar', length: 100 })
  deliveryKey!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt!: Date | null;

  /** Items in a digest; 0 for a notification. */
  @Column({ type: 'integer', default: 0 })
  itemCount!: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
