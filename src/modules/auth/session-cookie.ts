// SPDX-License-Identifier: EUPL-1.2
import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from 'src/config/app-config';
import type { RequestContext } from 'src/graph/auth/request-context';
import type { SignedIn } from 'src/modules/auth/auth.service';

/**
 * The web client keeps its refresh token in this cookie, never where scripts can read it:
 * HttpOnly, SameSite=Strict, Secure outside development, and sent only to /auth (the refresh
 * and logout endpoints), so no GraphQL request carries it.
 */
export const REFRESH_COOKIE = 'samrad_refresh';
export const REFRESH_COOKIE_PATH = '/auth';

/**
 * The browser asks for cookie sessions with this header. It is also the CSRF guard of /auth:
 * a cross-site form cannot set a header, and a cross-site fetch with one needs a CORS
 * preflight that this API never answers.
 */
export const SESSION_HEADER = 'x-samrad-session';

export function wantsCookieSession(req: Pick<Request, 'headers'>): boolean {
  return req.headers[SESSION_HEADER] === 'cookie';
}

export function refreshCookieOptions(config: AppConfig, expiresAt?: Date): CookieOptions {
  return {
    httpOnly: true,
    secure: !config.isDevelopment,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
    ...(expiresAt ? { expires: expiresAt } : {}),
  };
}

export function setRefreshCookie(res: Response, config: AppConfig, signedIn: SignedIn): void {
  res.cookie(
    REFRESH_COOKIE,
    signedIn.refreshToken,
    refreshCookieOptions(config, signedIn.refreshTokenExpiresAt),
  );
}

export function clearRefreshCookie(res: Response, config: AppConfig): void {
  res.clearCookie(REFRESH_COOKIE, refreshCookieOptions(config));
}

/** The refresh token from the Cookie header (Express 5 parses no cookies by itself). */
export function readRefreshCookie(req: Pick<Request, 'headers'>): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * A sign-in mutation's answer: for a browser that asked for a cookie session the refresh token
 * goes into the cookie and the response carries an empty string in its place; other clients
 * get the token in the response as before.
 */
export function deliverSession(
  context: RequestContext,
  config: AppConfig,
  signedIn: SignedIn,
): SignedIn {
  if (!context.res || !wantsCookieSession(context.req)) return signedIn;
  setRefreshCookie(context.res, config, signedIn);
  return { ...signedIn, refreshToken: '' };
}
