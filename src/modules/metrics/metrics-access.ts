// SPDX-License-Identifier: EUPL-1.2
import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4 } from 'node:net';
import type { IncomingMessage } from 'node:http';

/** Loopback and private ranges: a Prometheus on the same host or in the same private network. */
const INTERNAL = new BlockList();
INTERNAL.addSubnet('127.0.0.0', 8, 'ipv4');
INTERNAL.addSubnet('10.0.0.0', 8, 'ipv4');
INTERNAL.addSubnet('172.16.0.0', 12, 'ipv4');
INTERNAL.addSubnet('192.168.0.0', 16, 'ipv4');
INTERNAL.addAddress('::1', 'ipv6');
INTERNAL.addSubnet('fc00::', 7, 'ipv6');

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Who may read /metrics (queue sizes and error rates help an attacker time an attack): with
 * METRICS_TOKEN, a request carrying `Authorization: Bearer <token>`; without it, a request that
 * reached the process straight from a loopback or private address. A request that came through
 * a proxy (it has X-Forwarded-For or Forwarded) is never let in by address, so a reverse proxy
 * on the same host cannot expose the series to the internet by forwarding /metrics.
 */
export function mayReadMetrics(req: IncomingMessage, token: string | undefined): boolean {
  if (token !== undefined) {
    const presented = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
  }
  if (req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined) {
    return false;
  }
  const address = (req.socket.remoteAddress ?? '').replace(/^::ffff:(?=\d+\.)/, '');
  return address !== '' && INTERNAL.check(address, isIPv4(address) ? 'ipv4' : 'ipv6');
}
