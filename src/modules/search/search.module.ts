// SPDX-License-Identifier: EUPL-1.2
import {
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { QUEUE_BACKEND_SETTINGS, type QueueBackendSettings } from 'src/modules/jobs/queue-backend';
import {
  DEFAULT_MEILI_INDEX_UID,
  MeilisearchEngine,
} from 'src/modules/search/meilisearch/meilisearch.engine';
import { CasesModule } from 'src/modules/cases/cases.module';
import { CountriesModule } from 'src/modules/countries/countries.module';
import { QuestionsModule } from 'src/modules/questions/questions.module';
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
  imports: [TaxonomyModule, CountriesModule, CasesModule, QuestionsModule],
  providers: [
    PostgresSearchEngine,
    {
      provide: SEARCH_ENGINE,
      inject: [AppConfig, QUEUE_BACKEND_SETTINGS, PostgresSearchEngine],
      // Meilisearch when MEILI_URL is set; each test file's namespace gets its own index.
      useFactory: (
        config: AppConfig,
        settings: QueueBackendSettings,
        postgres: PostgresSearchEngine,
      ) => {
        const indexUid =
          settings.namespace === 'bullmq'
            ? DEFAULT_MEILI_INDEX_UID
            : `${settings.namespace}-content`;
        const options = MeilisearchEngine.optionsFrom(config, indexUid);
        return options ? new MeilisearchEngine(options) : postgres;
      },
    },
    SearchDocumentBuilder,
    SearchIndexer,
    SearchCheck,
    SearchService,
    SearchResolver,
  ],
  exports: [SearchIndexer, SearchCheck, SEARCH_ENGINE],
})
export class SearchModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchModule.name);
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  /**
   * Applies index settings; a search engine that is down must not stop the platform, so a
   * failure is retried in the background (1 s, 2 s, 4 s … then every minute) until it succeeds.
   * Meanwhile the engine refuses searches and prepares before any write.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.prepare(0);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
  }

  private async prepare(failures: number): Promise<void> {
    try {
      await this.engine.prepare();
      if (failures > 0) this.logger.log(`Search engine ${this.engine.name} prepared`);
    } catch (error: unknown) {
      if (this.stopped) return;
      const delay = Math.min(PREPARE_RETRY_MAX_MS, PREPARE_RETRY_FIRST_MS * 2 ** failures);
      this.logger.warn(
        { err: String(error), retryInMs: delay },
        `Search engine ${this.engine.name} not prepared`,
      );
      this.retry = setTimeout(() => void this.prepare(failures + 1), delay);
      this.retry.unref();
    }
  }
}

const PREPARE_RETRY_FIRST_MS = 1_000;
const PREPARE_RETRY_MAX_MS = 60_000;
