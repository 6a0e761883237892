// SPDX-License-Identifier: EUPL-1.2
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import {
  AuthorityResponseFiguresType,
  InsightRangeInput,
  InsightTableInput,
  InsightTableType,
} from 'src/modules/insight/dto/insight.types';
import { insightTableCsv } from 'src/modules/insight/insight-csv';
import { InsightService } from 'src/modules/insight/insight.service';

/**
 * Insight for the support function (DOMAIN §14): the platform's operator (admins) and the
 * authorities' experts. Aggregates only, small counts hidden.
 */
@Resolver()
export class InsightResolver {
  constructor(private readonly insight: InsightService) {}

  @Query(() => InsightTableType, {
    description: 'Live cases and questions per topic, country or level band and period.',
  })
  @Roles(Role.ADMIN, Role.EXPERT)
  insightTable(@CurrentViewer() viewer: Viewer, @Args('input') input: InsightTableInput) {
    return this.insight.table(viewer, input);
  }

  @Query(() => String, { description: 'The same table as insightTable, as CSV.' })
  @Roles(Role.ADMIN, Role.EXPERT)
  async insightTableCsv(@CurrentViewer() viewer: Viewer, @Args('input') input: InsightTableInput) {
    const table = await this.insight.table(viewer, input);
    return insightTableCsv(table, viewer.locale === 'EN' ? 'Total' : 'Totalt');
  }

  @Query(() => InsightTableType, {
    description: 'Open community and AMBER questions without a published answer, per topic.',
  })
  @Roles(Role.ADMIN, Role.EXPERT)
  unansweredByTopic(@CurrentViewer() viewer: Viewer, @Args('input') input: InsightRangeInput) {
    return this.insight.unansweredByTopic(viewer, input);
  }

  @Query(() => [AuthorityResponseFiguresType], {
    description: 'Answer times against the response target, per organisation that takes questions.',
  })
  @Roles(Role.ADMIN, Role.EXPERT)
  authorityResponseFigures(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InsightRangeInput,
  ) {
    return this.insight.authorityResponses(viewer, input);
  }
}
