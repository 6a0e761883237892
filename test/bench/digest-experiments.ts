// SPDX-License-Identifier: EUPL-1.2
import type { INestApplicationContext } from '@nestjs/common';
import { DigestJob } from 'src/modules/digests/digest-jobs';
import { JobRegistry } from 'src/modules/jobs/job-registry';

/**
 * Hypotheses about the digest path, tried from the bench without touching `src/` (each one
 * stands for a change to make there if it pays). Off unless its variable is set; the bench
 * prints the active ones next to its figures. Earlier experiments (plain text once per item,
 * quoted-printable, one lookup per batch, pooled SMTP) paid and are now the app's own code.
 *
 * - BENCH_DIGEST_CONCURRENCY=n: the Digests queue's worker concurrency (the largest `@OnJob`
 *   concurrency of the queue, 4 from `digests.batch`). The raw side uses the same number.
 */
export interface DigestExperiments {
  concurrency?: number;
}

export function experimentsFromEnv(env: NodeJS.ProcessEnv): DigestExperiments {
  return {
    concurrency: env.BENCH_DIGEST_CONCURRENCY ? Number(env.BENCH_DIGEST_CONCURRENCY) : undefined,
  };
}

export function describeExperiments(experiments: DigestExperiments): string {
  return experiments.concurrency
    ? `BENCH_DIGEST_CONCURRENCY=${experiments.concurrency}`
    : 'none (the code as it is)';
}

/** Applies the experiments to a booted app whose workers have not started yet. */
export function applyExperiments(
  app: INestApplicationContext,
  experiments: DigestExperiments,
): void {
  const batch = app.get(JobRegistry).handlerFor(DigestJob.Batch);
  if (experiments.concurrency && batch) batch.concurrency = experiments.concurrency;
}
