// SPDX-License-Identifier: EUPL-1.2
import { isIP } from 'node:net';
import { z } from 'zod';

/** Express's names for address ranges (proxy-addr): 127.0.0.1/8 and ::1, 169.254/16 and fe80::/10, private ranges. */
const PRESETS = ['loopback', 'linklocal', 'uniquelocal'] as const;

/**
 * What Express's `trust proxy` is set to: a number of proxy hops in front of the app, or the
 * addresses and ranges of trusted proxies. `X-Forwarded-For` is read only from those, so a client
 * cannot choose the address that sign-in throttling and the audit log see.
 */
export type TrustProxy = number | readonly string[];

function isAddressOrRange(entry: string): boolean {
  if ((PRESETS as readonly string[]).includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/u.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * `TRUST_PROXY`: a number of hops (`1` behind one reverse proxy), or a comma list of `loopback`,
 * `linklocal`, `uniquelocal`, IP addresses and CIDR ranges. `true` (trust every hop) is refused:
 * it lets any client forge its address.
 */
export const trustProxySchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (/^\d+$/u.test(value)) return;
    const bad = value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => !isAddressOrRange(entry));
    if (bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message:
          `must be a number of hops or a comma list of loopback, linklocal, uniquelocal, ` +
          `IP addresses and CIDR ranges; not ${bad.map((entry) => JSON.stringify(entry)).join(', ')}`,
      });
    }
  })
  .transform((value): TrustProxy =>
    /^\d+$/u.test(value) ? Number(value) : value.split(',').map((entry) => entry.trim()),
  );
