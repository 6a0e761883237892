import { Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { CountriesModule } from 'src/modules/countries/countries.module';
import { SEARCH_ENGINE, type SearchEngine } from 'src/modules/search/engine/search-engine';
import { PostgresSearchEngine } from 'src/modules/search/postgres/postgres-search.engine';
import { SearchCheck } from 'src/modules/search/search-check';
import { SearchDocumentBuilder } from 'src/modules/search/search-document.builder';
import { SearchIndexer } from 'src/modules/search/search-indexer';
import { SearchResolver } from 'src/modules/search/search.resolver';
import { SearchService } from 'src/modules/search/search.service';
import { TaxonomyModule } from 'src/modules/taxonomy/taxonomy.module';

/** Search (DOMAIN §10): PostgreSQL full-text search by default, Meilisearch with MEILI_URL. */
@Module({
  imports: [TaxonomyModule, CountriesModule],
  providers: [
    PostgresSearchEngine,
    { provide: SEARCH_ENGINE, useExisting: PostgresSearchEngine },
    SearchDocumentBuilder,
    SearchIndexer,
    SearchCheck,
    SearchService,
    SearchResolver,
  ],
  exports: [SearchIndexer, SearchCheck],
})
export class SearchModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchModule.name);

  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  /** Applies index settings; a search engine that is down must not stop the platform. */
  async onApplicationBootstrap(): Promise<void> {
    await this.engine
      .prepare()
      .catch((error: unknown) =>
        this.logger.warn({ err: String(error) }, `Search engine ${this.engine.name} not prepared`),
      );
  }
}
