// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MemberEntity } from 'src/modules/members/member.entity';
import { ContentType } from 'src/modules/content/content-type.enum';
import { FlagReason } from 'src/modules/moderation/flag-reason.enum';

/**
 * A reader's report on a case, question or answer (DOMAIN §8). Open flags (not yet resolved by a
 * moderator) count towards the auto-hide rule; one open flag per reader and item.
 */
@Entity('content_flag')
@Index('content_flag_open_idx', ['contentType', 'contentId'], { where: 'resolved_at IS NULL' })
@Index('content_flag_one_open_per_reader_key', ['contentType', 'contentId', 'flaggerId'], {
  unique: true,
  where: 'resolved_at IS NULL',
})
export class ContentFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: ContentType, enumName: 'content_type' })
  contentType!: ContentType;

  @Column({ type: 'uuid' })
  contentId!: string;

  @Column({ type: 'uuid' })
  flaggerId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'flagger_id' })
  flagger?: MemberEntity;

  @Column({ type: 'enum', enum: FlagReason, enumName: 'flag_reason' })
  reason!: FlagReason;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  text!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt!: Date | null;
}
