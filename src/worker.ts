// SPDX-License-Identifier: EUPL-1.2
// First: with TRACING=otlp it instruments modules before they are loaded.
import 'src/observability/register-tracing';
import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from 'src/app.module';
import { AppConfig } from 'src/config/app-config';
import { startWorker } from 'src/bootstrap/create-app';
import { WorkerMetricsServer } from 'src/modules/metrics/worker-metrics-server';

/** `npm run start:worker`: the outbox relay and every job handler, without HTTP. */
async function main(): Promise<void> {
  const config = AppConfig.from(AppConfig.parse(process.env));
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { http: false }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await startWorker(app);
  if (config.env.WORKER_METRICS_PORT)
    await app.get(WorkerMetricsServer).listen(config.env.WORKER_METRICS_PORT);
  new NestLogger('Samråd').log(`Worker running on the ${config.queueBackend} queue backend`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
