// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { Viewer } from 'src/graph/auth/viewer';
import { Errors } from 'src/graph/errors/app-error';
import type { ConnectionShape } from 'src/graph/pagination/connection.type';
import type { KeysetPage } from 'src/graph/pagination/keyset';
import type { DirectoryMemberType } from 'src/modules/members/dto/directory-member.type';
import { directoryEntry, directoryPatterns } from 'src/modules/members/member-directory';
import { MembersRepository } from 'src/modules/members/members.repository';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';

/**
 * The member directory: signed-in members look up active members by name, to name RED
 * recipients or assign triage. Suspended and deleted members are not in it; e-mail shows only
 * where the member opted in (see `directoryEntry`).
 */
@Injectable()
export class MemberDirectoryService {
  constructor(private readonly repository: MembersRepository) {}

  async search(
    viewer: Viewer,
    query: string,
    organisationId: string | undefined,
    page: KeysetPage,
  ): Promise<ConnectionShape<DirectoryMemberType>> {
    const patterns = directoryPatterns(query);
    if (patterns.join('').replace(/[%\\]/g, '').length < 2)
      throw Errors.badInput('Type at least two letters of a name', [
        {
          field: 'query',
          message: 'must contain at least two characters besides spaces',
          reason: FieldProblemReason.TOO_SHORT,
          limit: 2,
        },
      ]);
    const found = await this.repository.findDirectoryPage(patterns, organisationId, page);
    return {
      ...found,
      edges: found.edges.map((edge) => ({ ...edge, node: directoryEntry(edge.node, viewer) })),
    };
  }
}
