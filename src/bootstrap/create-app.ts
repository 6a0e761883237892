// SPDX-License-Identifier: EUPL-1.2
import { json, urlencoded } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from 'src/config/app-config';
import { AppModule, type AppModuleOptions } from 'src/app.module';
import { assertEveryRootFieldDecided } from 'src/graph/auth/access-decisions';
import { ErrorCode } from 'src/graph/errors/error-code';
import { ApiRateLimiter, RATE_LIMITED_PATHS } from 'src/modules/auth/api-rate-limiter';
import { WorkerHost } from 'src/modules/jobs/worker-host';
import { OutboxRelay } from 'src/modules/outbox/outbox-relay';
import { serveWebClient } from 'src/bootstrap/web-client';
import { applyHttpSecurity } from 'src/bootstrap/http-security';

export interface CreateAppOptions extends AppModuleOptions {
  /** Also run the outbox relay and job workers in this process (embedded default, tests). */
  runWorker?: boolean;
  /** Log through Nest's plain logger instead of buffering for pino (tests keep output small). */
  quiet?: boolean;
  /**
   * Close the app on SIGINT / SIGTERM (default). `npm run dev` handles the signals itself: it
   * must stop its embedded PostgreSQL after the app has closed, and then exit 0.
   */
  shutdownHooks?: boolean;
}

/**
 * Builds the HTTP application (not yet listening). Refuses to build one in which a GraphQL root
 * field has no access rule.
 */
export async function createApiApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bodyParser: false,
    bufferLogs: !options.quiet,
    logger: options.quiet ? ['error', 'warn'] : undefined,
  });
  if (!options.quiet) app.useLogger(app.get(Logger));
  app.set('trust proxy', config.env.TRUST_PROXY);
  applyHttpSecurity(app, config);
  // Before the body is parsed: a caller over its budget costs as little as possible.
  app.use([...RATE_LIMITED_PATHS], app.get(ApiRateLimiter).middleware);
  app.use(json({ limit: config.env.REQUEST_BODY_LIMIT }));
  // A SAML IdP answers by an HTML form POST (HTTP-POST binding) to the ACS: only there.
  app.use('/auth/saml', urlencoded({ extended: false, limit: config.env.REQUEST_BODY_LIMIT }));
  app.use(requestErrorsAsGraphQL);
  if (config.env.WEB_DIST_DIR) serveWebClient(app, config.env.WEB_DIST_DIR);
  if (options.shutdownHooks !== false) app.enableShutdownHooks();
  assertEveryRootFieldDecided(app);
  await app.init();
  if (options.runWorker) await startWorker(app);
  return app;
}

/**
 * Starts listening and tells the config the port it got, so links in e-mail (PUBLIC_URL unset)
 * point at this server even when PORT was 0 or changed.
 */
export async function listen(
  app: NestExpressApplication,
  config: AppConfig,
  port: number,
  host?: string,
): Promise<void> {
  await (host === undefined ? app.listen(port) : app.listen(port, host));
  const address = app.getHttpServer().address();
  config.listeningOn(typeof address === 'object' && address ? address.port : port);
}

export async function startWorker(app: { get: NestExpressApplication['get'] }): Promise<void> {
  await app.get(WorkerHost).start();
  await app.get(OutboxRelay).start();
}

/**
 * Body-parser failures (too large, malformed JSON) happen before GraphQL runs; answer them in
 * GraphQL's error shape with BAD_USER_INPUT instead of Express's HTML error page.
 */
function requestErrorsAsGraphQL(
  error: unknown,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.too.large') {
    res.status(413).json({
      errors: [{ message: 'Request too large', extensions: { code: ErrorCode.BAD_USER_INPUT } }],
    });
  } else if (type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [{ message: 'Malformed JSON body', extensions: { code: ErrorCode.BAD_USER_INPUT } }],
    });
  } else {
    next(error);
  }
}
