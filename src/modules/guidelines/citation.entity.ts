// SPDX-License-Identifier: EUPL-1.2
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CaseEntity } from 'src/modules/cases/case.entity';
import { GuidelineVersionEntity } from 'src/modules/guidelines/guideline.entity';
import { AnswerEntity } from 'src/modules/questions/answer.entity';
import { QuestionEntity } from 'src/modules/questions/question.entity';

/**
 * A case, question or answer citing a section of a guideline at one version. It is read only
 * through its item's field (the item has passed the access policy), never on its own.
 */
@Entity('citation')
@Check('citation_one_item_check', `num_nonnulls("case_id", "question_id", "answer_id") = 1`)
@Index('citation_case_idx', ['caseId'])
@Index('citation_question_idx', ['questionId'])
@Index('citation_answer_idx', ['answerId'])
@Index('citation_version_idx', ['versionId'])
export class CitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'citation_pkey' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'citation_case_fkey' })
  case?: CaseEntity;

  @Column({ type: 'uuid', nullable: true })
  questionId!: string | null;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'citation_question_fkey' })
  question?: QuestionEntity;

  @Column({ type: 'uuid', nullable: true })
  answerId!: string | null;

  @ManyToOne(() => AnswerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'answer_id', foreignKeyConstraintName: 'citation_answer_fkey' })
  answer?: AnswerEntity;

  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => GuidelineVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'citation_version_fkey' })
  version?: GuidelineVersionEntity;

  @Column({ type: 'varchar', length: 64 })
  sectionKey!: string;

  @Column({ type: 'integer' })
  position!: number;
}
