// SPDX-License-Identifier: EUPL-1.2
import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { MemberEntity } from 'src/modules/members/member.entity';
import { OrganisationEntity } from 'src/modules/organisations/organisation.entity';

/**
 * Columns every piece of written content has (cases, questions, answers): who wrote it, how it
 * is attributed, its moderation state and its optimistic version. The names are a contract:
 * the access policy's SQL and the moderation adapters read them.
 */
export abstract class AuthoredContentColumns {
  /** The true author: never returned to anyone else (DOMAIN §3). */
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: MemberEntity;

  /** The author's organisation when it was written. */
  @Column({ type: 'uuid' })
  authorOrganisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_organisation_id' })
  authorOrganisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: Attribution, enumName: 'attribution' })
  attribution!: Attribution;

  /** Set while a moderator (or the flag rule) hides it; cleared on restore. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  hiddenAt!: Date | null;

  /**
   * Set when the author edits a restricted item that a flag review kept hidden: the edit does
   * not bring it back, it puts it before the reviewers again (moderation queue,
   * `EDITED_AFTER_REVIEW`). Cleared by the reviewers' next RESTORE or HIDE.
   */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reviewRequestedAt!: Date | null;

  /** The last moderator comment the author should see (changes requested, a reason). */
  @Column({ type: 'text', nullable: true })
  moderationNote!: string | null;

  /** Optimistic concurrency: an edit names the version it was based on. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Fingerprints of screening findings the author has acknowledged as not personal data. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  acknowledgedFindings!: string[];

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}

/** Content with an audience of its own (cases, questions): the sharing level and recipients. */
export abstract class SharedContentColumns extends AuthoredContentColumns {
  @Column({ type: 'enum', enum: SharingLevel, enumName: 'sharing_level' })
  sharingLevel!: SharingLevel;

  /** AMBER: organisations that may read besides the author's own. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  recipientOrganisationIds!: string[];

  /** RED: members who may read besides the author. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  recipientMemberIds!: string[];
}
