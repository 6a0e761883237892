// SPDX-License-Identifier: EUPL-1.2
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { GuidelineKind, GuidelineVersionStatus } from 'src/modules/guidelines/guideline-enums';
import { MemberEntity } from 'src/modules/members/member.entity';

/** A guideline document; its text lives in its versions. */
@Entity('guideline')
@Unique('guideline_slug_key', ['slug'])
export class GuidelineEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'guideline_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ type: 'enum', enum: GuidelineKind, enumName: 'guideline_kind' })
  kind!: GuidelineKind;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'guideline_created_by_fkey' })
  createdBy?: MemberEntity;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}

/** One version of a guideline: a draft, or published and final (triggers guard it). */
@Entity('guideline_version')
@Unique('guideline_version_number_key', ['guidelineId', 'number'])
@Index('guideline_version_one_draft_key', ['guidelineId'], {
  unique: true,
  where: `status = 'DRAFT'`,
})
@Check(
  'guideline_version_published_when_check',
  `("status" = 'PUBLISHED') = ("published_at" IS NOT NULL)`,
)
@Check('guideline_version_number_check', `"number" >= 1`)
export class GuidelineVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'guideline_version_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  guidelineId!: string;

  @ManyToOne(() => GuidelineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'guideline_id',
    foreignKeyConstraintName: 'guideline_version_guideline_fkey',
  })
  guideline?: GuidelineEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({
    type: 'enum',
    enum: GuidelineVersionStatus,
    enumName: 'guideline_version_status',
    default: GuidelineVersionStatus.DRAFT,
  })
  status!: GuidelineVersionStatus;

  @Column({ type: 'varchar', length: 200 })
  titleSv!: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn!: string;

  @Column({ type: 'text', default: '' })
  changeNoteSv!: string;

  @Column({ type: 'text', default: '' })
  changeNoteEn!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'published_by_id',
    foreignKeyConstraintName: 'guideline_version_published_by_fkey',
  })
  publishedBy?: MemberEntity;
}

/** A section of a version; `key` is the same in every version of the guideline. */
@Entity('guideline_section')
@Unique('guideline_section_key_key', ['versionId', 'key'])
@Check('guideline_section_key_check', `"key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
export class GuidelineSectionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'guideline_section_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => GuidelineVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'guideline_section_version_fkey' })
  version?: GuidelineVersionEntity;

  @Column({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  headingSv!: string;

  @Column({ type: 'varchar', length: 200 })
  headingEn!: string;

  @Column({ type: 'text' })
  bodySv!: string;

  @Column({ type: 'text' })
  bodyEn!: string;
}

/**
 * An assessment question of a section (DOMAIN §15). `key` is unique in the version and kept
 * across versions like section keys; the questions of a published version are final (trigger).
 */
@Entity('guideline_section_question')
@Unique('guideline_section_question_key_key', ['versionId', 'key'])
@Check('guideline_section_question_key_check', `"key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
export class GuidelineSectionQuestionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'guideline_section_question_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  versionId!: string;

  @Column({ type: 'varchar', length: 64 })
  sectionKey!: string;

  // Declares the migration's foreign key to the section at the same version.
  @ManyToOne(() => GuidelineSectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'version_id',
      referencedColumnName: 'versionId',
      foreignKeyConstraintName: 'guideline_section_question_section_fkey',
    },
    {
      name: 'section_key',
      referencedColumnName: 'key',
      foreignKeyConstraintName: 'guideline_section_question_section_fkey',
    },
  ])
  section?: GuidelineSectionEntity;

  @Column({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 1000 })
  textSv!: string;

  @Column({ type: 'varchar', length: 1000 })
  textEn!: string;
}
