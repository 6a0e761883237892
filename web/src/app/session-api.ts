// SPDX-License-Identifier: EUPL-1.2
import type { AccessGrant } from './session-store';

/**
 * The browser's session endpoints (src/modules/auth/session-cookie.controller.ts). The custom
 * header is the CSRF guard: a cross-site form cannot send it, and a cross-site fetch that does
 * needs a CORS preflight the API never grants.
 */
export const SESSION_HEADER = { 'X-Samrad-Session': 'cookie' } as const;

interface GrantBody {
  accessToken: string;
  accessTokenExpiresAt: string;
}

export function toGrant(body: GrantBody, now = Date.now()): AccessGrant {
  return {
    accessToken: body.accessToken,
    issuedAt: now,
    expiresAt: Date.parse(body.accessTokenExpiresAt),
  };
}

/** Exchanges the refresh cookie for a new access token; null when there is no session. */
export async function renewAccess(): Promise<AccessGrant | null> {
  const response = await fetch('/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: SESSION_HEADER,
  });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`refresh failed: ${response.status}`);
  return toGrant((await response.json()) as GrantBody);
}

/** Ends the session on the server and clears the cookie. */
export async function endSession(): Promise<void> {
  await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: SESSION_HEADER,
  });
}
