// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { viewerOf } from 'src/modules/members/member-viewer';
import { MembersService } from 'src/modules/members/members.service';

/** Active members as the access policy sees them, for deciding who may be told what. */
@Injectable()
export class NotificationRecipients {
  constructor(private readonly members: MembersService) {}

  async viewers(memberIds: readonly string[]): Promise<Viewer[]> {
    const members = await this.members.findActiveByIds(memberIds);
    return members.map((member) => viewerOf(member, 'notification'));
  }

  /** Active members with a role, optionally only in some organisations. */
  async withRole(role: Role, organisationIds?: readonly string[]): Promise<Viewer[]> {
    const members = await this.members.findActiveWithRole(role, organisationIds);
    return members.map((member) => viewerOf(member, 'notification'));
  }

  moderators(): Promise<Viewer[]> {
    return this.withRole(Role.MODERATOR);
  }
}
