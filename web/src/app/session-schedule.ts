// SPDX-License-Identifier: EUPL-1.2
/**
 * When to renew an access token: a minute before it expires, or at 80 % of its lifetime when it
 * lives shorter than five minutes (short TTLs in tests), never sooner than one second from now.
 */
export function refreshDelayMs(issuedAt: number, expiresAt: number, now: number): number {
  const lifetime = expiresAt - issuedAt;
  const margin = lifetime >= 5 * 60_000 ? 60_000 : lifetime * 0.2;
  return Math.max(1_000, expiresAt - margin - now);
}
