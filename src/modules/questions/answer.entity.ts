import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { MemberEntity } from 'src/modules/members/member.entity';
import { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { AnswerStatus } from 'src/modules/questions/question-enums';
import { QuestionEntity } from 'src/modules/questions/question.entity';

/** An answer: its question's level and audience apply (DOMAIN §2, §7). */
@Entity('answer')
@Index('answer_question_idx', ['questionId', 'createdAt'])
@Index('answer_author_idx', ['authorId'])
@Check('answer_version_check', '"version" >= 1')
export class AnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: MemberEntity;

  @Column({ type: 'uuid' })
  authorOrganisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_organisation_id' })
  authorOrganisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: Attribution, enumName: 'attribution' })
  attribution!: Attribution;

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

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  hiddenAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  moderationNote!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Markdown, as written. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  acknowledgedFindings!: string[];

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}
