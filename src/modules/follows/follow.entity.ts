// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FollowFrequency, FollowTargetType } from 'src/modules/follows/follow-enums';
import { MemberEntity } from 'src/modules/members/member.entity';

/** A member follows a topic, country, question or case, at a frequency. */
@Entity('follow')
@Index('follow_member_target_key', ['memberId', 'targetType', 'targetId'], { unique: true })
@Index('follow_target_idx', ['targetType', 'targetId', 'frequency'])
@Index('follow_frequency_member_idx', ['frequency', 'memberId'])
export class FollowEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'enum', enum: FollowTargetType, enumName: 'follow_target_type' })
  targetType!: FollowTargetType;

  /** A topic, question or case id, or an ISO country code. */
  @Column({ type: 'varchar', length: 64 })
  targetId!: string;

  @Column({ type: 'enum', enum: FollowFrequency, enumName: 'follow_frequency' })
  frequency!: FollowFrequency;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
