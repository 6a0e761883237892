// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { AppConfig } from 'src/config/app-config';
import { createApiApp } from 'src/bootstrap/create-app';
import { SCHEMA_FILE } from 'src/graph/graph.module';

export const SCHEMA_HEADER =
  '# Generated from the code-first resolvers by `npm run schema:emit`; do not edit.\n\n';

/** `npm run schema:emit`: writes src/graph/schema.gql (needs DATABASE_URL: the app boots). */
async function main(): Promise<void> {
  const config = AppConfig.from(AppConfig.parse(process.env, { NODE_ENV: 'test' }));
  const app = await createApiApp(config, { quiet: true });
  try {
    await writeFile(
      SCHEMA_FILE,
      SCHEMA_HEADER + printSchema(app.get(GraphQLSchemaHost).schema) + '\n',
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
