import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { CaseOutcome, CasePhase, CaseStatus } from 'src/modules/cases/case-enums';
import { Locale } from 'src/modules/members/locale.enum';
import { MemberEntity } from 'src/modules/members/member.entity';
import { OrganisationEntity } from 'src/modules/organisations/organisation.entity';

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
@Index('case_study_topic_ids_idx', { synchronize: false })
@Index('case_study_country_codes_idx', { synchronize: false })
@Index('case_study_recipient_organisation_ids_idx', { synchronize: false })
@Index('case_study_recipient_member_ids_idx', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The true author: never returned to anyone else (DOMAIN §3). */
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: MemberEntity;

  /** The author's organisation when the case was written; AMBER audiences are built from it. */
  @Column({ type: 'uuid' })
  authorOrganisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_organisation_id' })
  authorOrganisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: Attribution, enumName: 'attribution' })
  attribution!: Attribution;

  @Column({ type: 'enum', enum: SharingLevel, enumName: 'sharing_level' })
  sharingLevel!: SharingLevel;

  /** AMBER: organisations that may read besides the author's own. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  recipientOrganisationIds!: string[];

  /** RED: members who may read besides the author. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  recipientMemberIds!: string[];

  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.DRAFT })
  status!: CaseStatus;

  /** Set while a moderator (or the flag rule) hides a published case; cleared on restore. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  hiddenAt!: Date | null;

  /** The last moderator comment the author should see (changes requested, rejection reason). */
  @Column({ type: 'text', nullable: true })
  moderationNote!: string | null;

  /** Optimistic concurrency: an edit names the version it was based on. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

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

  /** Fingerprints of screening findings the author has acknowledged as not personal data. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  acknowledgedFindings!: string[];

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}
