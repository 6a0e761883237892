// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from 'src/app.module';
import { AppConfig } from 'src/config/app-config';
import { SearchCheck } from 'src/modules/search/search-check';
import { SearchIndexer } from 'src/modules/search/search-indexer';

/**
 * `npm run search:reindex`: rebuilds the search index from PostgreSQL.
 * `npm run search:check`: lists documents missing from, extra in or stale in the index, and
 * exits 1 when there are any (an extra document could show something no longer searchable).
 */
/** A command's report goes to standard output, a line at a time. */
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(command: string | undefined): Promise<number> {
  const config = AppConfig.from(AppConfig.parse(process.env));
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { http: false }),
    { logger: ['error', 'warn'] },
  );
  try {
    if (command === 'reindex') {
      const started = Date.now();
      const count = await app.get(SearchIndexer).reindexAll((done, total) => {
        if (done === total || done % 5000 === 0) say(`indexed ${done}/${total}`);
      });
      say(`Reindexed ${count} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    }
    if (command === 'check') {
      const report = await app.get(SearchCheck).run();
      say(
        `Checked ${report.checked} documents: ${report.missing.length} missing, ${report.extra.length} extra, ${report.stale.length} stale`,
      );
      for (const [label, keys] of Object.entries({
        missing: report.missing,
        extra: report.extra,
        stale: report.stale,
      }))
        for (const key of keys.slice(0, 50)) say(`  ${label}: ${key}`);
      return report.missing.length + report.extra.length + report.stale.length === 0 ? 0 : 1;
    }
    console.error('usage: search-command reindex | check');
    return 2;
  } finally {
    await app.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
