// SPDX-License-Identifier: EUPL-1.2
import { Inject, Injectable } from '@nestjs/common';
import { CaseEvent, type CaseEventTopic } from 'src/modules/cases/case-events';
import { JobQueue } from 'src/modules/jobs/job-queue';
import { OnJob } from 'src/modules/jobs/on-job.decorator';
import { QueueName } from 'src/modules/jobs/queue-name';
import type { OutboxEventJob } from 'src/modules/outbox/outbox-event';
import { QuestionEvent, type QuestionEventTopic } from 'src/modules/questions/question-events';
import { SEARCH_ENGINE, type SearchEngine } from 'src/modules/search/engine/search-engine';
import { SearchDocumentBuilder, documentKey } from 'src/modules/search/search-document.builder';

export const INDEX_DOCUMENT_JOB = 'search.index-document';
const REINDEX_BATCH = 200;

/**
 * An index job never gives up. With the queue's default (eight tries, about four minutes) an
 * engine down for longer kept a narrowed item's old sharing level in the index for good: the
 * service's re-check hides the hit, but counts and facets still counted it. The job re-reads
 * PostgreSQL each time, so retrying is harmless: it tries again after 7.5–15 s (jittered, so a
 * backlog does not retry in step), ten million times (years; the count fits the queue
 * backends' integer columns), and `search:check` lists what is stale meanwhile.
 */
export const INDEX_DOCUMENT_JOB_OPTIONS = {
  attempts: 10_000_000,
  backoff: { type: 'fixed', delay: 15_000, jitter: 0.5 },
} as const;

/**
 * Keeps the search engine in step with PostgreSQL through the outbox (DOMAIN §10). Every event
 * about a case or question becomes one job per document key; BullMQ's deduplication collapses a
 * burst into one waiting job (and one more if the document changes while a job runs), and the
 * job re-reads the record, so the last state always wins and a retry is harmless.
 */
@Injectable()
export class SearchIndexer {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly builder: SearchDocumentBuilder,
    private readonly jobs: JobQueue,
  ) {}

  @OnJob({
    queue: QueueName.Search,
    name: 'search.route',
    events: [...Object.values(CaseEvent), ...Object.values(QuestionEvent)],
    concurrency: 4,
  })
  async route(job: OutboxEventJob<CaseEventTopic | QuestionEventTopic>): Promise<{ key: string }> {
    // Answer events are about their question's document.
    const questionId = 'questionId' in job.payload ? job.payload.questionId : job.aggregate.id;
    const key =
      job.aggregate.type === 'CASE'
        ? documentKey('CASE', job.aggregate.id)
        : documentKey('QUESTION', questionId);
    await this.jobs.add(
      QueueName.Search,
      INDEX_DOCUMENT_JOB,
      { key },
      { ...INDEX_DOCUMENT_JOB_OPTIONS, deduplication: { id: key, keepLastIfActive: true } },
    );
    return { key };
  }

  @OnJob({ queue: QueueName.Search, name: INDEX_DOCUMENT_JOB, concurrency: 4 })
  async indexDocument(job: { key: string }): Promise<{ indexed: boolean }> {
    return { indexed: await this.index(job.key) };
  }

  /** Upserts the document as PostgreSQL has it now, or removes it when it is not searchable. */
  async index(key: string): Promise<boolean> {
    const document = await this.builder.build(key);
    if (document) await this.engine.upsert([document]);
    else await this.engine.remove([key]);
    return document !== null;
  }

  /** Rebuilds the whole index from PostgreSQL (`npm run search:reindex`). */
  async reindexAll(onProgress?: (done: number, total: number) => void): Promise<number> {
    await this.engine.prepare();
    await this.engine.clear();
    const keys = await this.builder.allKeys();
    for (let i = 0; i < keys.length; i += REINDEX_BATCH) {
      const batch = keys.slice(i, i + REINDEX_BATCH);
      const documents = await this.builder.buildMany(batch);
      await this.engine.upsert([...documents.values()]);
      onProgress?.(Math.min(i + REINDEX_BATCH, keys.length), keys.length);
    }
    return keys.length;
  }
}
