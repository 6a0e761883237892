// SPDX-License-Identifier: EUPL-1.2
import type { ExecutionResult } from '@urql/core';
import type { PreloadRequest } from './preloaded-results';
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
  return (await renewAccessWithPreload([])).grant;
}

/**
 * The same, with queries the server answers with the new token (at most two: the page load's
 * `me` and its landing page's first query; src/modules/auth/session-preload.ts). Their answers
 * come back in order, each as /graphql would have given it.
 */
export async function renewAccessWithPreload(
  preload: readonly PreloadRequest[],
): Promise<{ grant: AccessGrant | null; preloaded: ExecutionResult[] }> {
  const response = await fetch('/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: preload.length
      ? { ...SESSION_HEADER, 'content-type': 'application/json' }
      : SESSION_HEADER,
    ...(preload.length ? { body: JSON.stringify({ preload: preload.map((p) => p.body) }) } : {}),
  });
  if (response.status === 401) return { grant: null, preloaded: [] };
  if (!response.ok) throw new Error(`refresh failed: ${response.status}`);
  const body = (await response.json()) as GrantBody & { preloaded?: ExecutionResult[] };
  return { grant: toGrant(body), preloaded: body.preloaded ?? [] };
}

/** Ends the session on the server and clears the cookie. */
export async function endSession(): Promise<void> {
  await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: SESSION_HEADER,
  });
}
