// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GuidelineEntity, GuidelineVersionEntity } from 'src/modules/guidelines/guideline.entity';
import { MemberEntity } from 'src/modules/members/member.entity';

/** The version of a guideline a member last read: "what changed since" compares with it. */
@Entity('guideline_read')
export class GuidelineReadEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'guideline_read_pkey' })
  memberId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'guideline_read_pkey' })
  guidelineId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'guideline_read_member_fkey' })
  member?: MemberEntity;

  @ManyToOne(() => GuidelineEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guideline_id', foreignKeyConstraintName: 'guideline_read_guideline_fkey' })
  guideline?: GuidelineEntity;

  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => GuidelineVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'guideline_read_version_fkey' })
  version?: GuidelineVersionEntity;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  readAt!: Date;
}
