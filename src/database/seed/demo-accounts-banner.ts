// SPDX-License-Identifier: EUPL-1.2
import type { DemoAccount } from 'src/database/seed/demo-accounts';

export interface ReadyBanner {
  url: string;
  seconds: number;
  queues: string;
  mail: string;
  password: string;
  accounts: readonly Pick<DemoAccount, 'email' | 'purpose'>[];
}

/**
 * What `npm run dev` prints when it is ready, as plain lines for a person at a terminal (the
 * JSON logger would print it as one escaped string): where the API is, and every demo account
 * with what it is for, in aligned columns.
 */
export function formatReadyBanner(banner: ReadyBanner): string {
  const width = Math.max(...banner.accounts.map((a) => a.email.length), 'e-mail'.length);
  const rule = '─'.repeat(width + 40);
  return [
    '',
    rule,
    `Samråd is ready in ${banner.seconds.toFixed(1)} s: ${banner.url}`,
    `Queues: ${banner.queues}; mail: ${banner.mail}`,
    '',
    `Demo accounts (password for all: ${banner.password})`,
    ...banner.accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.purpose}`),
    rule,
    '',
  ].join('\n');
}
