// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { FieldProblem } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { MemberStatus } from 'src/modules/members/member-status.enum';
import { MembersService } from 'src/modules/members/members.service';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';

export interface Audience {
  sharingLevel: SharingLevel;
  recipientOrganisationIds: readonly string[];
  recipientMemberIds: readonly string[];
  /** Questions only. */
  directedToIds?: readonly string[];
}

/**
 * Checks who an item names as its audience, for any content type: AMBER needs recipient
 * organisations, RED recipient members (or, for questions, an organisation asked directly),
 * other levels name none; recipients exist and are not the writer themself. Problems come back
 * as field errors so the caller can list them with its own.
 */
@Injectable()
export class AudienceValidator {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly members: MembersService,
  ) {}

  async problems(audience: Audience, viewer: Viewer): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const level = audience.sharingLevel;
    const directed = audience.directedToIds ?? [];
    if (directed.length > 0) await this.checkDirectedTo(directed, level, viewer, problems);

    const organisationsField = 'recipientOrganisationIds';
    if (level === SharingLevel.AMBER) {
      if (audience.recipientOrganisationIds.length === 0 && directed.length === 0)
        problems.push({
          field: organisationsField,
          message: 'an AMBER item needs at least one recipient organisation',
          reason: FieldProblemReason.REQUIRED,
        });
      await this.checkOrganisations(audience.recipientOrganisationIds, viewer, problems);
    } else if (audience.recipientOrganisationIds.length > 0) {
      problems.push({
        field: organisationsField,
        message: 'only AMBER items name recipient organisations',
        reason: FieldProblemReason.NOT_ALLOWED,
      });
    }

    const membersField = 'recipientMemberIds';
    if (level === SharingLevel.RED) {
      if (audience.recipientMemberIds.length === 0 && directed.length === 0)
        problems.push({
          field: membersField,
          message: 'a RED item needs at least one recipient member',
          reason: FieldProblemReason.REQUIRED,
        });
      await this.checkMembers(audience.recipientMemberIds, viewer, problems);
    } else if (audience.recipientMemberIds.length > 0) {
      problems.push({
        field: membersField,
        message: 'only RED items name recipient members',
        reason: FieldProblemReason.NOT_ALLOWED,
      });
    }
    return problems;
  }

  private async checkOrganisations(
    ids: readonly string[],
    viewer: Viewer,
    problems: FieldProblem[],
  ) {
    const field = 'recipientOrganisationIds';
    const found = await this.organisations.findByIds(ids);
    ids.forEach((id, i) => {
      if (!found[i])
        problems.push({
          field,
          message: `unknown organisation ${id}`,
          reason: FieldProblemReason.UNKNOWN,
        });
      else if (id === viewer.organisationId)
        problems.push({
          field,
          message: 'your own organisation always reads AMBER items',
          reason: FieldProblemReason.NOT_ALLOWED,
        });
    });
  }

  private async checkMembers(ids: readonly string[], viewer: Viewer, problems: FieldProblem[]) {
    const field = 'recipientMemberIds';
    const found = await this.members.findByIds(ids);
    ids.forEach((id, i) => {
      // Suspended and unknown members answer alike: the writer learns nothing about accounts.
      if (!found[i] || found[i].status !== MemberStatus.ACTIVE)
        problems.push({
          field,
          message: `unknown member ${id}`,
          reason: FieldProblemReason.UNKNOWN,
        });
      else if (id === viewer.memberId)
        problems.push({
          field,
          message: 'the author always reads their own item',
          reason: FieldProblemReason.NOT_ALLOWED,
        });
    });
  }

  private async checkDirectedTo(
    ids: readonly string[],
    level: SharingLevel,
    viewer: Viewer,
    problems: FieldProblem[],
  ) {
    const field = 'directedToIds';
    if (level === SharingLevel.AMBER_STRICT) {
      problems.push({
        field,
        message:
          'an AMBER_STRICT question stays inside your organisation; use AMBER to ask another',
        reason: FieldProblemReason.NOT_ALLOWED,
      });
      return;
    }
    const found = await this.organisations.findByIds(ids);
    ids.forEach((id, i) => {
      const organisation = found[i];
      // Unknown or not taking questions, alike: either way it cannot be chosen.
      if (!organisation || !organisation.acceptsQuestions)
        problems.push({
          field,
          message: `${id} does not take questions directly`,
          reason: FieldProblemReason.UNKNOWN,
        });
      else if (id === viewer.organisationId)
        problems.push({
          field,
          message: 'you cannot direct a question to your own organisation',
          reason: FieldProblemReason.NOT_ALLOWED,
        });
    });
  }
}
