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
import { MemberEntity } from 'src/modules/members/member.entity';
import { DataExportStatus } from 'src/modules/data-export/data-export-status.enum';

/**
 * A member's request for their data (GDPR Art. 15/20). The archive is stored only while READY,
 * sealed with DATA_ENCRYPTION_KEY; download or expiry deletes it (migration DataExports).
 */
@Entity('data_export')
@Index('data_export_member_requested_idx', ['memberId', 'requestedAt'])
@Index('data_export_one_pending_key', ['memberId'], { unique: true, where: `"status" = 'PENDING'` })
@Index('data_export_ready_expiry_idx', ['expiresAt'], { where: `"status" = 'READY'` })
@Check('data_export_archive_only_when_ready', `"sealed_archive" IS NULL OR "status" = 'READY'`)
export class DataExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'data_export_member_fkey' })
  member?: MemberEntity;

  @Column({
    type: 'enum',
    enum: DataExportStatus,
    enumName: 'data_export_status',
    default: DataExportStatus.PENDING,
  })
  status!: DataExportStatus;

  /** The zip archive, base64, sealed (SecretBox): a database dump alone does not reveal it. */
  @Column({ type: 'text', nullable: true, select: false })
  sealedArchive!: string | null;

  @Column({ type: 'integer', nullable: true })
  byteSize!: number | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readyAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  downloadedAt!: Date | null;
}
