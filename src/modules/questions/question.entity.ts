// SPDX-License-Identifier: EUPL-1.2
import { SharedContentColumns } from 'src/modules/content/content-columns';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Locale } from 'src/modules/members/locale.enum';
import { MemberEntity } from 'src/modules/members/member.entity';
import { AnswerEntity } from 'src/modules/questions/answer.entity';
import { CloseReason, QuestionStatus } from 'src/modules/questions/question-enums';

/**
 * A question to the community or to an authority (DOMAIN §7). Shares the access columns of
 * `case_study` (sharing_level, author_*, recipient_*, hidden_at) plus `directed_to_ids`, which
 * the access policy reads for directed AMBER and RED questions.
 */
@Entity('question')
@Index('question_opened_idx', ['openedAt', 'id'])
@Index('question_author_idx', ['authorId'])
// Partial (WHERE review_requested_at IS NOT NULL), written by hand in its migration.
@Index('question_review_requested_idx', { synchronize: false })
@Index('question_topic_ids_idx', { synchronize: false })
@Index('question_country_codes_idx', { synchronize: false })
@Index('question_directed_to_ids_idx', { synchronize: false })
@Index('question_recipient_organisation_ids_idx', { synchronize: false })
@Index('question_recipient_member_ids_idx', { synchronize: false })
@Check('question_version_check', '"version" >= 1')
@Check('question_duplicate_check', `"close_reason" <> 'DUPLICATE' OR "duplicate_of_id" IS NOT NULL`)
export class QuestionEntity extends SharedContentColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Organisations with acceptsQuestions that are asked directly; their experts triage it. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  directedToIds!: string[];

  @Column({
    type: 'enum',
    enum: QuestionStatus,
    enumName: 'question_status',
    default: QuestionStatus.PENDING_REVIEW,
  })
  status!: QuestionStatus;

  @Column({ type: 'enum', enum: CloseReason, enumName: 'close_reason', nullable: true })
  closeReason!: CloseReason | null;

  @Column({ type: 'uuid', nullable: true })
  duplicateOfId!: string | null;

  @ManyToOne(() => QuestionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'duplicate_of_id' })
  duplicateOf?: QuestionEntity | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedAnswerId!: string | null;

  @ManyToOne(() => AnswerEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'accepted_answer_id' })
  acceptedAnswer?: Relation<AnswerEntity> | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Markdown, as written. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  topicIds!: string[];

  @Column({ type: 'char', length: 2, array: true, default: () => "'{}'" })
  countryCodes!: string[];

  @Column({ type: 'enum', enum: Locale, enumName: 'locale' })
  language!: Locale;

  /** The expert of a directed-to organisation who has taken the question. */
  @Column({ type: 'uuid', nullable: true })
  assignedToId!: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'assigned_to_id' })
  assignedTo?: MemberEntity | null;

  /** Directed questions: five Swedish working days after the question opened. */
  @Column({ type: 'date', nullable: true })
  responseDueOn!: string | null;

  /** When it became readable by its audience (approved, or asked at a restricted level). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;
}
