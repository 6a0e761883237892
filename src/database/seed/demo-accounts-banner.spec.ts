// SPDX-License-Identifier: EUPL-1.2
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from 'src/database/seed/demo-accounts';
import { formatReadyBanner } from 'src/database/seed/demo-accounts-banner';

describe(formatReadyBanner.name, () => {
  const sut = () =>
    formatReadyBanner({
      url: 'http://localhost:3000/graphql',
      seconds: 12.34,
      queues: 'postgres',
      mail: '.data/mail',
      password: DEMO_PASSWORD,
      accounts: DEMO_ACCOUNTS,
    });

  it('prints plain lines, one per account, with the password as written', () => {
    const lines = sut().split('\n');
    expect(lines).toContain('Samråd is ready in 12.3 s: http://localhost:3000/graphql');
    expect(lines).toContain(`Demo accounts (password for all: ${DEMO_PASSWORD})`);
    for (const account of DEMO_ACCOUNTS) {
      expect(lines.filter((l) => l.includes(account.email))).toHaveLength(1);
    }
    // Nothing escaped: no JSON quoting or \n sequences.
    expect(sut()).not.toMatch(/\\n|\\"|^\{/m);
  });

  it('aligns the purposes in one column', () => {
    const accountLines = sut()
      .split('\n')
      .filter((l) => DEMO_ACCOUNTS.some((a) => l.includes(a.email)));
    const columns = accountLines.map((line, i) => line.indexOf(DEMO_ACCOUNTS[i]!.purpose));
    expect(new Set(columns).size).toBe(1);
  });
});
