// SPDX-License-Identifier: EUPL-1.2
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { Viewer } from 'src/graph/auth/viewer';
import { CaseType } from 'src/modules/cases/dto/case.type';
import type { CaseEntity } from 'src/modules/cases/case.entity';
import { CasesService } from 'src/modules/cases/cases.service';
import { ContentType } from 'src/modules/content/content-type.enum';
import { ModerationItemType } from 'src/modules/moderation/dto/moderation.types';

/** Adds the case itself to moderation items about cases. */
@Resolver(() => ModerationItemType)
export class CaseModerationItemResolver {
  constructor(private readonly cases: CasesService) {}

  @ResolveField('case', () => CaseType, { nullable: true })
  async caseOf(
    @Parent() item: ModerationItemType,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<CaseEntity | null> {
    // Metadata-only items (flag review of content the reviewer may not read) carry no case.
    if (item.contentType !== ContentType.CASE || !item.contentReadable) return null;
    return this.cases.get(viewer, item.contentId);
  }
}
