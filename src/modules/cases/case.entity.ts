// SPDX-License-Identifier: EUPL-1.2
import { SharedContentColumns } from 'src/modules/content/content-columns';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CaseOutcome, CasePhase, CaseStatus } from 'src/modules/cases/case-enums';
import { Locale } from 'src/modules/members/locale.enum';

/**
 * An anonymised case study (DOMAIN §6). The row holds the current text; every edit also leaves a
 * `case_revision`. Column names shared with questions (sharing_level, author_*, recipient_*,
 * status, hidden_at) are what the access policy's SQL condition reads.
 */
@Entity('case_study')
@Check('case_study_year_check', '"year" BETWEEN 1990 AND 2100')
@Check('case_study_quarter_check', '"quarter" BETWEEN 1 AND 4')
@Check('case_study_version_check', '"version" >= 1')
@Index('case_study_published_idx', ['publishedAt', 'id'])
@Index('case_study_author_idx', ['authorId'])
// Partial (WHERE review_requested_at IS NOT NULL), written by hand in its migration.
@Index('case_study_review_requested_idx', { synchronize: false })
@Index('case_study_topic_ids_idx', { synchronize: false })
@Index('case_study_country_codes_idx', { synchronize: false })
@Index('case_study_recipient_organisation_ids_idx', { synchronize: false })
@Index('case_study_recipient_member_ids_idx', { synchronize: false })
export class CaseEntity extends SharedContentColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.DRAFT })
  status!: CaseStatus;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 1000 })
  summary!: string;

  /** Markdown, as written; rendered and sanitised on read. */
  @Column({ type: 'text' })
  context!: string;

  @Column({ type: 'text' })
  whatHappened!: string;

  @Column({ type: 'text', nullable: true })
  assessment!: string | null;

  @Column({ type: 'enum', enum: CaseOutcome, enumName: 'case_outcome' })
  outcome!: CaseOutcome;

  @Column({ type: 'text', nullable: true })
  mitigations!: string | null;

  @Column({ type: 'text', nullable: true })
  lessonsLearned!: string | null;

  /** Every topic of every kind (risk areas, collaboration types, technology areas, field). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  topicIds!: string[];

  /** ISO 3166-1 alpha-2 codes. */
  @Column({ type: 'char', length: 2, array: true, default: () => "'{}'" })
  countryCodes!: string[];

  @Column({ type: 'enum', enum: CasePhase, enumName: 'case_phase', nullable: true })
  phase!: CasePhase | null;

  /** The year (and optional quarter) of the collaboration; never a date, which could identify. */
  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'smallint', nullable: true })
  quarter!: number | null;

  @Column({ type: 'enum', enum: Locale, enumName: 'locale' })
  language!: Locale;

  /** When the author should check the case is still accurate. */
  @Column({ type: 'date', nullable: true })
  reviewBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;
}
