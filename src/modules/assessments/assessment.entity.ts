// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import {
  AssessmentAnswerValue,
  AssessmentChangeKind,
  AssessmentDecision,
  AssessmentStatus,
  RiskRating,
} from 'src/modules/assessments/assessment-enums';

/**
 * An organisation's private self-assessment of a collaboration (DOMAIN §15), made from one
 * published guideline version. Read only by its owner and the members it is shared with, while
 * they are active members of `organisationId` (`assessmentReadable` in the access policy).
 */
@Entity('assessment')
@Index('assessment_owner_idx', ['ownerId', 'updatedAt'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assessment_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'uuid' })
  guidelineVersionId!: string;

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
export class AssessmentShareEntity {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;
}

/** The answer to one guideline question; one row per question of the version, made at start. */
@Entity('assessment_item')
export class AssessmentItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

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
export class AssessmentMitigationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assessment_mitigation_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  assessmentId!: string;

  @Column({ type: 'varchar', length: 64 })
  questionKey!: string;

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
export class AssessmentChangeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assessment_change_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  assessmentId!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'enum', enum: AssessmentChangeKind, enumName: 'assessment_change_kind' })
  kind!: AssessmentChangeKind;

  @Column({ type: 'varchar', length: 200 })
  summary!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  at!: Date;
}
