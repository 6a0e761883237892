// SPDX-License-Identifier: EUPL-1.2
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { AppModule } from 'src/app.module';
import { AppConfig } from 'src/config/app-config';
import { AppError } from 'src/graph/errors/app-error';
import { AdminSetupService } from 'src/modules/account/admin-setup.service';
import { Locale } from 'src/modules/members/locale.enum';

export const ADMIN_CREATE_USAGE =
  'usage: npm run admin:create -- --email <address> --name "<display name>" --organisation <slug or id> [--locale sv|en]';

export interface AdminCreateOptions {
  env: NodeJS.ProcessEnv;
  /** One JSON object per line (the platform's log format), to standard output by default. */
  write: (line: string) => void;
  /** Test runs keep their queue keys apart, as the app does. */
  queueNamespace?: string;
}

/**
 * `admin:create`: the first administrator of a fresh installation. Creates an ADMIN member of an
 * existing organisation with no password and prints a single-use link (24 hours) on which they
 * choose it. Refuses an e-mail address that already has an account. Returns the exit code:
 * 0 created, 1 refused or failed, 2 bad usage.
 */
export async function runAdminCreate(argv: string[], options: AdminCreateOptions): Promise<number> {
  const log = (level: 'info' | 'error', msg: string, fields: Record<string, unknown> = {}) =>
    options.write(JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields }));
  let args: { email?: string; name?: string; organisation?: string; locale?: string };
  try {
    ({ values: args } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        organisation: { type: 'string' },
        locale: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    log('error', ADMIN_CREATE_USAGE, { error: (error as Error).message });
    return 2;
  }
  const locale = Object.values(Locale).find((value) => value === args.locale?.toUpperCase());
  if (!args.email || !args.name || !args.organisation || (args.locale && !locale)) {
    log('error', ADMIN_CREATE_USAGE);
    return 2;
  }
  const config = AppConfig.from(AppConfig.parse(options.env));
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { http: false, queueNamespace: options.queueNamespace }),
    { logger: ['error', 'warn'] },
  );
  try {
    const created = await app.get(AdminSetupService, { strict: false }).createAdmin({
      email: args.email,
      displayName: args.name,
      organisation: args.organisation,
      locale,
    });
    log('info', 'Admin created; open the link to choose a password (single use)', {
      memberId: created.memberId,
      organisationId: created.organisationId,
      link: created.link,
      expiresAt: created.expiresAt.toISOString(),
    });
    return 0;
  } catch (error) {
    // Our typed errors are safe to show; anything else shows its message but no stack.
    const code = error instanceof AppError ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
    const fields = error instanceof AppError ? error.extensions.fields : undefined;
    log('error', (error as Error).message, { code, ...(fields ? { fields } : {}) });
    return 1;
  } finally {
    await app.close();
  }
}
