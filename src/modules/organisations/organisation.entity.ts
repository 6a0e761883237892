// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  slug!: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Column({ type: 'varchar', length: 200 })
  nameSv!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  shortNames!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emailDomains!: string[];

  /**
   * Identity providers (SAML entity ids, OIDC issuers) that vouch for the organisation's members:
   * a federated sign-in through one of them may link to (or create) a member of this organisation.
   */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  identityProviders!: string[];

  /** Can be asked directly (Säpo, ISP, Försvarsmakten): DOMAIN §1. */
  @Column({ type: 'boolean', default: false })
  acceptsQuestions!: boolean;

  /** Every member must use a second factor, whatever their roles (DOMAIN §2). */
  @Column({ type: 'boolean', default: false })
  requireMfa!: boolean;

  /**
   * A federated sign-in through an IdP that vouches for the organisation may create a member
   * (role MEMBER) without an invitation. Off by default.
   */
  @Column({ type: 'boolean', default: false })
  allowSelfRegistration!: boolean;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
