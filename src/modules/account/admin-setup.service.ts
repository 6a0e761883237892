// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { AppConfig } from 'src/config/app-config';
import { isUuid } from 'src/common/uuid';
import { TransactionHost } from 'src/database/transaction-host';
import { Role } from 'src/graph/auth/role.enum';
import { Errors, type FieldProblem } from 'src/graph/errors/app-error';
import { accountLink, RESET_PASSWORD_PATH } from 'src/modules/account/account.mailer';
import { AccountTokenPurpose } from 'src/modules/account/account-token-purpose';
import { AccountTokens } from 'src/modules/account/account-tokens';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import { DISPLAY_NAME_PATTERN } from 'src/modules/members/dto/member.inputs';
import { Locale } from 'src/modules/members/locale.enum';
import { MembersService, normaliseEmail } from 'src/modules/members/members.service';
import type { OrganisationEntity } from 'src/modules/organisations/organisation.entity';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { OutboxService } from 'src/modules/outbox/outbox.service';

export interface CreateAdminCommand {
  email: string;
  displayName: string;
  /** Slug or id of an existing organisation. */
  organisation: string;
  locale?: Locale;
}

export interface CreatedAdmin {
  memberId: string;
  organisationId: string;
  /** One-time link to choose the password (resetPassword with its token). */
  link: string;
  expiresAt: Date;
}

/**
 * The operator's way in on a fresh installation (`npm run admin:create`): an ADMIN member with no
 * password yet, and a single-use link (24 hours) to choose one. Nothing is mailed: the link is
 * printed for the operator, who hands it over out of band.
 */
@Injectable()
export class AdminSetupService {
  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly tokens: AccountTokens,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async createAdmin(command: CreateAdminCommand): Promise<CreatedAdmin> {
    const email = normaliseEmail(command.email);
    const displayName = command.displayName.trim();
    const problems: FieldProblem[] = [];
    if (!isEmail(email) || email.length > 254)
      problems.push({ field: 'email', message: 'must be an e-mail address' });
    if (
      displayName.length < 2 ||
      displayName.length > 100 ||
      !DISPLAY_NAME_PATTERN.test(displayName)
    )
      problems.push({
        field: 'name',
        message: 'must be 2–100 letters, spaces, dots, hyphens or apostrophes',
      });
    if (problems.length)
      throw Errors.badInput(`Invalid input: ${problems.map((p) => p.field).join(', ')}`, problems);
    const organisation = await this.findOrganisation(command.organisation);
    return this.tx.run(async () => {
      if (await this.members.findByEmail(email))
        throw Errors.conflict('There is already a member with this e-mail address');
      const member = await this.members.create({
        email,
        displayName,
        passwordHash: null,
        organisationId: organisation.id,
        locale: command.locale ?? Locale.SV,
        roles: [Role.ADMIN, Role.MEMBER],
      });
      const issued = await this.tokens.issue(member.id, AccountTokenPurpose.ACCOUNT_SETUP);
      await this.audit.record({
        actorId: null,
        action: AuditAction.AdminCreated,
        target: { type: 'member', id: member.id },
        details: { via: 'admin:create', organisationId: organisation.id },
      });
      await this.outbox.publish({
        topic: 'member.admin-created',
        aggregate: { type: 'member', id: member.id },
        payload: { organisationId: organisation.id },
      });
      return {
        memberId: member.id,
        organisationId: organisation.id,
        link: accountLink(this.config.publicUrl, RESET_PASSWORD_PATH, issued.token),
        expiresAt: issued.entity.expiresAt,
      };
    });
  }

  private async findOrganisation(slugOrId: string): Promise<OrganisationEntity> {
    const key = slugOrId.trim();
    const found = isUuid(key)
      ? (await this.organisations.findByIds([key]))[0]
      : await this.organisations.findBySlug(key);
    if (!found) throw Errors.notFound('Organisation');
    return found;
  }
}
