// SPDX-License-Identifier: EUPL-1.2
import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from 'src/config/app-config';

/** A Host header as browsers send it (name or address, optional port): safe inside a header. */
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * The WebSocket origin of this request's own host (graphql-ws on /graphql). CSP Level 3 lets
 * `'self'` match same-origin ws:/wss:, but older engines do not, so it is named as well.
 */
function sameOriginWebSocket(req: Request): string {
  const host = req.get('host') ?? '';
  if (!HOST.test(host)) return "'self'";
  return `${req.secure ? 'wss' : 'ws'}://${host}`;
}

/**
 * The two fixed <style> blocks React Aria injects (usePress: `touch-action` on pressable
 * elements; usePreventScroll: `overscroll-behavior` while a modal is open), allowed by their
 * hashes instead of `'unsafe-inline'`. The browser tests fail on any CSP violation, so an upgrade
 * that changes their text is caught there (the violation message names the new hash).
 */
const REACT_ARIA_STYLE_HASHES = [
  "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='",
  "'sha256-gYiS/BvZvRcK27JIXTuwhZ3hs2+VJ1X+2gUlE+farlg='",
];

/**
 * The Content-Security-Policy the web client runs under: its own scripts only (no inline
 * script, no eval), its own styles and React Aria's two (React sets style properties through the
 * CSSOM, which CSP does not govern), images from itself and data:/blob: URLs (the QR code), GraphQL over fetch and
 * graphql-ws to its own origin, no framing, no plugins, forms and the redirects after them to
 * itself and to the configured identity providers (CSP_FORM_ACTION_ORIGINS).
 */
export function contentSecurityPolicy(config: AppConfig) {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", ...REACT_ARIA_STYLE_HASHES],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'", (req: unknown) => sameOriginWebSocket(req as Request)],
      manifestSrc: ["'self'"],
      workerSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameSrc: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'", ...config.env.CSP_FORM_ACTION_ORIGINS],
      ...(config.publicUrl.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
    },
  };
}

/**
 * Security headers on every response (helmet), no `X-Powered-By`, and CORS for the configured
 * origins only (CORS_ORIGINS). GraphiQL (development and test only: production has none) loads its editor
 * from a CDN with inline script, so its page alone is served without a CSP.
 */
export function applyHttpSecurity(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  const headers = helmet({
    contentSecurityPolicy: contentSecurityPolicy(config),
    // The client is a same-origin app: nothing else needs to embed or read its resources.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  const withoutCsp = helmet({ contentSecurityPolicy: false, referrerPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (isGraphiQL(req, config) ? withoutCsp : headers)(req, res, next),
  );
  const origins = new Set(config.env.CORS_ORIGINS);
  // Off unless configured. A listed origin gets its CORS headers (credentials allowed); any
  // other gets none, so the browser keeps the answer from the calling page.
  if (origins.size > 0) {
    app.enableCors({
      origin: (origin, callback) => callback(null, origin !== undefined && origins.has(origin)),
      credentials: true,
      methods: ['GET', 'POST'],
      maxAge: 600,
    });
  }
}

function isGraphiQL(req: Request, config: AppConfig): boolean {
  return (
    !config.isProduction && req.method === 'GET' && req.path === '/graphql' && !!req.accepts('html')
  );
}
