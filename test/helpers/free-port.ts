// SPDX-License-Identifier: EUPL-1.2
import { createServer, type AddressInfo } from 'node:net';

/**
 * A loopback port free right now, for a process the test starts (an API, an identity provider,
 * a private Redis). Another process may take it before ours binds; callers that cannot retry
 * should start their server on port 0 instead.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
