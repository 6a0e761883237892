// SPDX-License-Identifier: EUPL-1.2
import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from 'src/config/app-config';
import { AppError } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';
import { AuthService } from 'src/modules/auth/auth.service';
import {
  clearRefreshCookie,
  readRefreshCookie,
  setRefreshCookie,
  wantsCookieSession,
} from 'src/modules/auth/session-cookie';
import { readPreloadedQueries, SessionPreload } from 'src/modules/auth/session-preload';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * The browser's session endpoints. The refresh token never reaches scripts: it arrives in the
 * HttpOnly cookie and a rotated one goes back the same way; the response carries only the
 * access token. REST routes are outside the GraphQL access guard: the cookie is the
 * credential, the custom header the CSRF guard (see session-cookie.ts).
 */
@Controller('auth')
export class SessionCookieController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
    private readonly preload: SessionPreload,
  ) {}

  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (!wantsCookieSession(req)) return refuseWithoutHeader(res);
    const token = readRefreshCookie(req);
    if (!token) return sendError(res, ErrorCode.UNAUTHENTICATED, 'No session');
    try {
      // Queries to answer with the new token (a page load's first ones: session-preload.ts).
      const queries = readPreloadedQueries(req.body);
      const signedIn = await this.auth.refresh(token, req.ip ?? 'unknown');
      setRefreshCookie(res, this.config, signedIn);
      const preloaded = await this.preload.run(req, res, signedIn.accessToken, queries);
      res.json({
        accessToken: signedIn.accessToken,
        accessTokenExpiresAt: signedIn.accessTokenExpiresAt.toISOString(),
        ...(queries.length ? { preloaded } : {}),
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === ErrorCode.UNAUTHENTICATED) clearRefreshCookie(res, this.config);
      sendError(res, error.code, error.message);
    }
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (!wantsCookieSession(req)) return refuseWithoutHeader(res);
    const token = readRefreshCookie(req);
    if (token) await this.auth.logoutWithRefreshToken(token);
    clearRefreshCookie(res, this.config);
    res.status(204).end();
  }
}

function refuseWithoutHeader(res: Response): void {
  sendError(res, ErrorCode.FORBIDDEN, 'Missing the X-Samrad-Session header');
}

function sendError(res: Response, code: ErrorCode, message: string): void {
  res.status(STATUS[code] ?? (code === ErrorCode.FORBIDDEN ? 403 : 400)).json({
    errors: [{ message, extensions: { code } }],
  });
}
