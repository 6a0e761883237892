// SPDX-License-Identifier: EUPL-1.2
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from 'src/graph/auth/access.decorators';
import { OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { Viewer } from 'src/graph/auth/viewer';
import { SearchArgs } from 'src/modules/search/dto/search.args';
import { SearchResultsType } from 'src/modules/search/dto/search.types';
import { SearchService } from 'src/modules/search/search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchResultsType, {
    description:
      'Full-text search over cases and questions (with their answers) the viewer may read: Swedish and English stemming, typo tolerance, highlights and facet counts.',
  })
  @Public()
  search(@Args() args: SearchArgs, @OptionalViewer() viewer: Viewer | null) {
    return this.searchService.search(viewer, args);
  }
}
