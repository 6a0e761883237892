import type { INestApplicationContext } from '@nestjs/common';
import { DigestJob } from 'src/modules/digests/digest-jobs';
import { JobRegistry } from 'src/modules/jobs/job-registry';
import { MailTransport, type OutgoingMail } from 'src/modules/mail/mail-transport';
import * as markdown from 'src/modules/markdown/markdown';
import { batchLookups } from 'test/bench/digest-batched-lookups';

/**
 * Hypotheses about the digest path, tried from the bench without touching `src/` (each one
 * stands for a change to make there if it pays). Off unless its variable is set; the bench
 * prints the active ones next to its figures.
 *
 * - BENCH_DIGEST_CONCURRENCY=n: the Digests queue's worker concurrency (the largest `@OnJob`
 *   concurrency of the queue, 2 from `digests.batch`). The raw side uses the same number.
 * - BENCH_MEMO_PLAIN_TEXT=1: `markdownToPlainText` remembers its answers, so a question's body
 *   is rendered once per run instead of once per member who gets it (markdown-it plus
 *   sanitize-html on every question and answer in every digest).
 * - BENCH_TEXT_ENCODING=quoted-printable|base64: passed to nodemailer with every message, by
 *   the app's MailTransport and by the raw side alike. Without it nodemailer scans each text
 *   part character by character to choose between the two.
 * - BENCH_BATCHED_LOOKUPS=1: preferences, items and claims looked up once per batch instead of
 *   once per member (a prototype, see digest-batched-lookups.ts).
 */
export interface DigestExperiments {
  concurrency?: number;
  memoPlainText: boolean;
  textEncoding?: 'quoted-printable' | 'base64';
  batchedLookups: boolean;
}

export function experimentsFromEnv(env: NodeJS.ProcessEnv): DigestExperiments {
  const encoding = env.BENCH_TEXT_ENCODING || undefined;
  if (encoding !== undefined && encoding !== 'quoted-printable' && encoding !== 'base64')
    throw new Error('BENCH_TEXT_ENCODING must be quoted-printable or base64');
  return {
    concurrency: env.BENCH_DIGEST_CONCURRENCY ? Number(env.BENCH_DIGEST_CONCURRENCY) : undefined,
    memoPlainText: env.BENCH_MEMO_PLAIN_TEXT === '1',
    textEncoding: encoding,
    batchedLookups: env.BENCH_BATCHED_LOOKUPS === '1',
  };
}

export function describeExperiments(experiments: DigestExperiments): string {
  const active = [
    experiments.concurrency ? `BENCH_DIGEST_CONCURRENCY=${experiments.concurrency}` : '',
    experiments.memoPlainText ? 'BENCH_MEMO_PLAIN_TEXT=1' : '',
    experiments.textEncoding ? `BENCH_TEXT_ENCODING=${experiments.textEncoding}` : '',
    experiments.batchedLookups ? 'BENCH_BATCHED_LOOKUPS=1' : '',
  ].filter(Boolean);
  return active.length ? active.join(', ') : 'none (the code as it is)';
}

/** Applies the experiments to a booted app whose workers have not started yet. */
export function applyExperiments(
  app: INestApplicationContext,
  experiments: DigestExperiments,
): void {
  const batch = app.get(JobRegistry).handlerFor(DigestJob.Batch);
  if (experiments.concurrency && batch) batch.concurrency = experiments.concurrency;
  if (experiments.memoPlainText) {
    const original = markdown.markdownToPlainText;
    const cache = new Map<string, string>();
    // The template calls it through the module's exports object, so replacing it there works.
    Object.assign(markdown, {
      markdownToPlainText: (text: string) => {
        let plain = cache.get(text);
        if (plain === undefined) cache.set(text, (plain = original(text)));
        return plain;
      },
    });
  }
  if (experiments.batchedLookups) batchLookups(app);
  const textEncoding = experiments.textEncoding;
  if (textEncoding) {
    const mail = app.get(MailTransport);
    const send = mail.send.bind(mail);
    mail.send = (message: OutgoingMail) => send({ ...message, textEncoding } as OutgoingMail);
  }
}
