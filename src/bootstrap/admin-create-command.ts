// SPDX-License-Identifier: EUPL-1.2
import 'reflect-metadata';
import { runAdminCreate } from 'src/bootstrap/admin-create';

/**
 * `npm run admin:create -- --email … --name … --organisation <slug or id>`, or inside the image
 * `node dist/src/bootstrap/admin-create-command.js --email …`.
 */
runAdminCreate(process.argv.slice(2), {
  env: process.env,
  write: (line) => process.stdout.write(`${line}\n`),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stdout.write(
      `${JSON.stringify({ level: 'error', time: new Date().toISOString(), msg: error instanceof Error ? error.message : String(error) })}\n`,
    );
    process.exit(1);
  },
);
