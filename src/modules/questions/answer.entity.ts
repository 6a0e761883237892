// SPDX-License-Identifier: EUPL-1.2
import { AuthoredContentColumns } from 'src/modules/content/content-columns';
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
import { AnswerStatus } from 'src/modules/questions/question-enums';
import { QuestionEntity } from 'src/modules/questions/question.entity';

/** An answer: its question's level and audience apply (DOMAIN §2, §7). */
@Entity('answer')
@Index('answer_question_idx', ['questionId', 'createdAt'])
@Index('answer_author_idx', ['authorId'])
// Partial (WHERE review_requested_at IS NOT NULL), written by hand in its migration.
@Index('answer_review_requested_idx', { synchronize: false })
@Check('answer_version_check', '"version" >= 1')
export class AnswerEntity extends AuthoredContentColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  // Relation<>: no `design:type` reference to QuestionEntity, which imports this file back (a
  // reference evaluated while the cycle loads fails, in whichever order the entity glob finds them).
  question?: Relation<QuestionEntity>;

  /** An expert answering for their AUTHORITY organisation; always shows the organisation. */
  @Column({ type: 'boolean', default: false })
  official!: boolean;

  @Column({
    type: 'enum',
    enum: AnswerStatus,
    enumName: 'answer_status',
    default: AnswerStatus.PENDING_REVIEW,
  })
  status!: AnswerStatus;

  /** Markdown, as written. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;
}
