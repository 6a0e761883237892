// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from 'src/app.module';
import { AppConfig } from 'src/config/app-config';
import { cliLogger, cliNestLogger, runCommand } from 'src/bootstrap/cli-log';
import { SearchCheck } from 'src/modules/search/search-check';
import { SearchIndexer } from 'src/modules/search/search-indexer';

/**
 * `npm run search:reindex`: rebuilds the search index from PostgreSQL.
 * `npm run search:check`: lists documents missing from, extra in or stale in the index, and
 * exits 1 when there are any (an extra document could show something no longer searchable).
 * Both report in JSON lines (`command` is `search:reindex` or `search:check`).
 */
const command = process.argv[2];
const log = cliLogger(`search:${command ?? ''}`);

runCommand(log, async () => {
  if (command !== 'reindex' && command !== 'check') {
    log.error('usage: search-command reindex | check');
    return 2;
  }
  const config = AppConfig.from(AppConfig.parse(process.env));
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { http: false }),
    { logger: cliNestLogger() },
  );
  try {
    if (command === 'reindex') {
      const started = Date.now();
      const count = await app.get(SearchIndexer).reindexAll((done, total) => {
        if (done !== total && done % 5000 === 0) log.info({ done, total }, 'Indexing');
      });
      const seconds = Number(((Date.now() - started) / 1000).toFixed(1));
      log.info({ documents: count, seconds }, `Reindexed ${count} documents in ${seconds} s`);
      return 0;
    }
    const report = await app.get(SearchCheck).run();
    const drift = report.missing.length + report.extra.length + report.stale.length;
    // At most 50 keys of each kind: enough to start looking, bounded for a badly drifted index.
    log[drift === 0 ? 'info' : 'warn'](
      {
        checked: report.checked,
        missing: report.missing.length,
        extra: report.extra.length,
        stale: report.stale.length,
        missingKeys: report.missing.slice(0, 50),
        extraKeys: report.extra.slice(0, 50),
        staleKeys: report.stale.slice(0, 50),
      },
      `Checked ${report.checked} documents: ${report.missing.length} missing, ${report.extra.length} extra, ${report.stale.length} stale`,
    );
    return drift === 0 ? 0 : 1;
  } finally {
    await app.close();
  }
});
