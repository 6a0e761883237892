// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { static as serveStatic } from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** Paths the API answers itself; the client's HTML fallback never shadows them. */
const API_PATHS = [
  '/graphql',
  '/auth/',
  '/unsubscribe',
  '/exports/',
  '/health',
  '/ready',
  '/metrics',
];

function isApiPath(path: string): boolean {
  return API_PATHS.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix));
}

/**
 * Serves the built web client (web/dist) from the API's origin: hashed files under /assets/ are
 * cached for a year as immutable, index.html is revalidated on every load (`no-cache`) so a
 * deployment reaches browsers at once, and any other GET that asks for HTML gets index.html,
 * so client routes (/cases/42, /invitation?token=…) open directly from e-mail links.
 * Returns false, serving nothing, when the client has not been built.
 */
export function serveWebClient(app: NestExpressApplication, directory: string): boolean {
  const root = resolve(directory);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  app.use(
    serveStatic(root, {
      index: false,
      setHeaders(res, path) {
        res.setHeader(
          'Cache-Control',
          path.startsWith(join(root, 'assets'))
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=3600',
        );
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    // A missing hashed file (an old chunk after a deployment) is a 404, not a page of HTML.
    if (req.path.startsWith('/assets/') || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return true;
}
