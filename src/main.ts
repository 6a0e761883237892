// SPDX-License-Identifier: EUPL-1.2
// First: with TRACING=otlp it instruments modules before they are loaded.
import 'src/observability/register-tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { createApiApp, listen } from 'src/bootstrap/create-app';

/** `npm start`: the API (set RUN_WORKER_IN_API=true to also run jobs in this process). */
async function main(): Promise<void> {
  const config = AppConfig.from(AppConfig.parse(process.env));
  const app = await createApiApp(config, { runWorker: config.env.RUN_WORKER_IN_API });
  await listen(app, config, config.env.PORT);
  new Logger('Samråd').log(`GraphQL API listening on ${await app.getUrl()}/graphql`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
