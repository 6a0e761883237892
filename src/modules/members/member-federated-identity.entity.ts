// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MemberEntity } from 'src/modules/members/member.entity';

/**
 * A member's identity at an identity provider: the IdP (its issuer or SAML entityID) and the
 * stable subject it names the person by (OIDC `sub`, SAML eduPersonPrincipalName). Written the
 * first time a federated sign-in links to the member (by address or invitation); from then on
 * that subject signs in as the member even if the address the IdP releases differs or changes.
 */
@Entity('member_federated_identity')
@Index('member_federated_identity_subject_key', ['issuer', 'subject'], { unique: true })
@Index('member_federated_identity_member_idx', ['memberId'])
export class MemberFederatedIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'member_id',
    foreignKeyConstraintName: 'member_federated_identity_member_fk',
  })
  member?: MemberEntity;

  /** The IdP's issuer (OIDC) or entityID (SAML): what organisations list as vouching for them. */
  @Column({ type: 'varchar', length: 255 })
  issuer!: string;

  @Column({ type: 'varchar', length: 255 })
  subject!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  lastUsedAt!: Date;
}
