// SPDX-License-Identifier: EUPL-1.2
import type { Request } from 'express';

/** The client's address as Express sees it behind the configured proxies (for the audit log). */
export function clientAddress(req: Pick<Request, 'ip' | 'socket'>): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
