import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from 'src/app.module';
import { AppConfig } from 'src/config/app-config';
import { startWorker } from 'src/bootstrap/create-app';

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
  new NestLogger('Samråd').log(`Worker running on the ${config.queueBackend} queue backend`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
