// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { Locale } from 'src/modules/members/locale.enum';
import { MemberStatus } from 'src/modules/members/member-status.enum';

@Entity('member')
@Index('member_organisation_idx', ['organisationId'])
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased and trimmed; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  /** argon2id; null once the account is deleted, and until a CLI-created admin sets one. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: Locale, enumName: 'locale', default: Locale.SV })
  locale!: Locale;

  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true, default: () => "'{MEMBER}'" })
  roles!: Role[];

  @Column({
    type: 'enum',
    enum: MemberStatus,
    enumName: 'member_status',
    default: MemberStatus.ACTIVE,
  })
  status!: MemberStatus;

  /** The member's choice to show their e-mail in the member directory (off by default). */
  @Column({ type: 'boolean', default: false })
  showEmailInDirectory!: boolean;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}
