// SPDX-License-Identifier: EUPL-1.2
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import {
  AssessmentAnswerValue,
  AssessmentChangeKind,
  AssessmentDecision,
  AssessmentStatus,
  RiskRating,
} from 'src/modules/assessments/assessment-enums';
import { GuidelineVersionEntity } from 'src/modules/guidelines/guideline.entity';
import { MemberEntity } from 'src/modules/members/member.entity';
import { OrganisationEntity } from 'src/modules/organisations/organisation.entity';

// The relations below only declare the foreign keys and indexes the migration creates
// (migrations/1798000000000-Assessments.ts), so that the schema the entities describe is the
// schema the migrations build (test/integration/migrations.int-spec.ts); the code reads ids.

/**
 * An organisation's private self-assessment of a collaboration (DOMAIN §15), made from one
 * published guideline version. Read only by its owner and the members it is shared with, while
 * they are active members of `organisationId` (`assessmentReadable` in the access policy).
 */
@Entity('assessment')
@Index('assessment_owner_idx', ['ownerId', 'updatedAt'])
@Index('assessment_review_idx', ['reviewOn'], { where: 'review_on IS NOT NULL' })
@Check(
  'assessment_decided_check',
  `("status" = 'DECIDED') = ("decision" IS NOT NULL AND "decided_at" IS NOT NULL)`,
)
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assessment_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'assessment_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'assessment_owner_fkey' })
  owner?: MemberEntity;

  @Column({ type: 'uuid' })
  guidelineVersionId!: string;

  @ManyToOne(() => GuidelineVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'guideline_version_id', foreignKeyConstraintName: 'assessment_version_fkey' })
  guidelineVersion?: GuidelineVersionEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  collaborationSummary!: string;

  @Column({
    type: 'enum',
    enum: AssessmentStatus,
    enumName: 'assessment_status',
    default: AssessmentStatus.DRAFT,
  })
  status!: AssessmentStatus;

  @Column({
    type: 'enum',
    enum: AssessmentDecision,
    enumName: 'assessment_decision',
    nullable: true,
  })
  decision!: AssessmentDecision | null;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  /** `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true })
  reviewOn!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}

/** A member the owner shared the assessment with (same organisation). */
@Entity('assessment_share')
@Index('assessment_share_member_idx', ['memberId'])
export class AssessmentShareEntity {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assessment_id',
    foreignKeyConstraintName: 'assessment_share_assessment_fkey',
  })
  assessment?: AssessmentEntity;

  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'assessment_share_member_fkey' })
  member?: MemberEntity;
}

/** The answer to one guideline question; one row per question of the version, made at start. */
@Entity('assessment_item')
export class AssessmentItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assessment_id',
    foreignKeyConstraintName: 'assessment_item_assessment_fkey',
  })
  assessment?: AssessmentEntity;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  questionKey!: string;

  @Column({
    type: 'enum',
    enum: AssessmentAnswerValue,
    enumName: 'assessment_answer',
    nullable: true,
  })
  answer!: AssessmentAnswerValue | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'enum', enum: RiskRating, enumName: 'risk_rating', nullable: true })
  risk!: RiskRating | null;
}

/** A measure against an item's risk, with who owns it and by when. */
@Entity('assessment_mitigation')
@Index('assessment_mitigation_item_idx', ['assessmentId', 'questionKey', 'position'])
export class AssessmentMitigationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assessment_mitigation_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  assessmentId!: string;

  @Column({ type: 'varchar', length: 64 })
  questionKey!: string;

  @ManyToOne(() => AssessmentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'assessment_id',
      referencedColumnName: 'assessmentId',
      foreignKeyConstraintName: 'assessment_mitigation_item_fkey',
    },
    {
      name: 'question_key',
      referencedColumnName: 'questionKey',
      foreignKeyConstraintName: 'assessment_mitigation_item_fkey',
    },
  ])
  item?: AssessmentItemEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 2000 })
  description!: string;

  /** Free text: a person or a function ("the research office"), not necessarily a member. */
  @Column({ type: 'varchar', length: 200 })
  owner!: string;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;
}

/** One line of history: who did what, when; the summary never quotes the content. */
@Entity('assessment_change')
@Index('assessment_change_assessment_idx', ['assessmentId', 'at', 'id'])
export class AssessmentChangeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assessment_change_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assessment_id',
    foreignKeyConstraintName: 'assessment_change_assessment_fkey',
  })
  assessment?: AssessmentEntity;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'assessment_change_actor_fkey' })
  actor?: MemberEntity | null;

  @Column({ type: 'enum', enum: AssessmentChangeKind, enumName: 'assessment_change_kind' })
  kind!: AssessmentChangeKind;

  @Column({ type: 'varchar', length: 200 })
  summary!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  at!: Date;
}
