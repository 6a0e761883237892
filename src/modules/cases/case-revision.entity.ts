// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from 'src/modules/cases/case.entity';

/** The case's text after one edit. A moderator may redact it (DOMAIN §6): content is erased. */
@Entity('case_revision')
@Index('case_revision_case_version_key', ['caseId', 'version'], { unique: true })
export class CaseRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'integer' })
  version!: number;

  /** The editable fields as they stood after this edit; `{}` once redacted. */
  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  redactedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  redactionReason!: string | null;
}
