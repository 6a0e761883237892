// SPDX-License-Identifier: EUPL-1.2
import { AppConfig } from 'src/config/app-config';
import {
  readRefreshCookie,
  refreshCookieOptions,
  wantsCookieSession,
} from 'src/modules/auth/session-cookie';

const config = (NODE_ENV: string) =>
  AppConfig.from(AppConfig.parse({}, { NODE_ENV, DATABASE_URL: 'postgres://localhost/x' }));

describe('refresh cookie', () => {
  it('is HttpOnly, SameSite=Strict and scoped to /auth; Secure everywhere but development', () => {
    for (const env of ['test', 'development']) {
      expect(refreshCookieOptions(config(env))).toMatchObject({
        httpOnly: true,
        sameSite: 'strict',
        path: '/auth',
        secure: env !== 'development',
      });
    }
  });

  it('is read from the Cookie header among others, and only with the session header asked', () => {
    const req = { headers: { cookie: 'a=1; samrad_refresh=abc%3D%3D; b=2' } };
    expect(readRefreshCookie(req)).toBe('abc==');
    expect(readRefreshCookie({ headers: {} })).toBeUndefined();
    expect(wantsCookieSession({ headers: { 'x-samrad-session': 'cookie' } })).toBe(true);
    expect(wantsCookieSession({ headers: {} })).toBe(false);
  });
});
