// SPDX-License-Identifier: EUPL-1.2
import {
  signedInMember,
  FACTORY_PASSWORD,
  type SignedInMember,
} from 'test/factories/member.factory';
import { startTestApp, type QueueBackendKind, type TestApp } from 'test/helpers/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

/** Signs in over HTTP, optionally through (what claims to be) a chain of proxies. */
async function login(
  t: TestApp,
  email: string,
  password: string,
  forwardedFor?: string,
): Promise<string> {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as {
    data?: { login?: { accessToken: string } };
    errors?: { extensions?: { code?: string } }[];
  };
  if (body.data?.login?.accessToken) return 'OK';
  return body.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`;
}

async function repeat(times: number, attempt: (i: number) => Promise<string>): Promise<string[]> {
  const outcomes: string[] = [];
  for (let i = 0; i < times; i += 1) outcomes.push(await attempt(i));
  return outcomes;
}

const wrongPassword = (i: number) => `Wrong-password-${i}-xyz`;

/** Tests that sign in 30–80 times (each an argon2 verification) get more than the default 30 s. */
const MANY_SIGN_INS_MS = 90_000;

// The test client connects over loopback, which TRUST_PROXY trusts by default: each test names its
// own client address in X-Forwarded-For so the tests do not share an address's budget.
describe.each<QueueBackendKind>(['postgres', 'redis'])('Sign-in throttling (%s store)', (queue) => {
  let t: TestApp;
  let member: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false, queue });
    member = await signedInMember(t);
  });

  afterAll(() => t.close());

  it(
    'accepts 45 successful sign-ins from one address (a university NAT)',
    async () => {
      const outcomes = await repeat(45, () =>
        login(t, member.email, FACTORY_PASSWORD, '198.51.100.10'),
      );
      expect(outcomes).toEqual(Array(45).fill('OK'));
    },
    MANY_SIGN_INS_MS,
  );

  it(
    'still locks an address after 30 failures, however many sign-ins succeeded before',
    async () => {
      const address = '198.51.100.11';
      const before = await repeat(40, () => login(t, member.email, FACTORY_PASSWORD, address));
      expect(before).toEqual(Array(40).fill('OK'));
      const failures = await repeat(31, (i) =>
        login(t, `guess-${queue}-${i}@example.org`, 'Some-password-123', address),
      );
      expect(failures.slice(0, 30)).toEqual(Array(30).fill('UNAUTHENTICATED'));
      expect(failures[30]).toBe('RATE_LIMITED');
      // The address is locked for everyone behind it, even with the right password …
      expect(await login(t, member.email, FACTORY_PASSWORD, address)).toBe('RATE_LIMITED');
      // … and only that address.
      expect(await login(t, member.email, FACTORY_PASSWORD, '198.51.100.12')).toBe('OK');
    },
    MANY_SIGN_INS_MS,
  );

  it(
    'locks an account after 5 failures, from any address, and only that account',
    async () => {
      const victim = await signedInMember(t);
      const failures = await repeat(6, (i) =>
        login(t, victim.email, wrongPassword(i), `203.0.113.${20 + i}`),
      );
      expect(failures).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
      expect(await login(t, victim.email, FACTORY_PASSWORD, '203.0.113.40')).toBe('RATE_LIMITED');
      // A colleague behind the address of those failures keeps signing in.
      const colleague = await repeat(35, () =>
        login(t, member.email, FACTORY_PASSWORD, '203.0.113.20'),
      );
      expect(colleague).toEqual(Array(35).fill('OK'));
    },
    MANY_SIGN_INS_MS,
  );

  it(
    'counts failures against the normalised address: another capitalisation gets no fresh tries',
    async () => {
      const victim = await signedInMember(t);
      const [local, domain] = victim.email.split('@') as [string, string];
      const spellings = [
        victim.email.toUpperCase(),
        `${local[0]!.toUpperCase()}${local.slice(1)}@${domain}`,
        `${local}@${domain.toUpperCase()}`,
        `${local.toUpperCase()}@${domain}`,
        victim.email,
      ];
      const failures = await repeat(5, (i) =>
        login(t, spellings[i]!, wrongPassword(i), `203.0.113.${60 + i}`),
      );
      expect(failures).toEqual(Array(5).fill('UNAUTHENTICATED'));
      // The sixth try, in yet another spelling and with the right password, meets the lock.
      expect(await login(t, victim.email.toUpperCase(), FACTORY_PASSWORD, '203.0.113.70')).toBe(
        'RATE_LIMITED',
      );
    },
    MANY_SIGN_INS_MS,
  );

  it('forgives earlier failures on an account once its password is given', async () => {
    const forgetful = await signedInMember(t);
    const address = '198.51.100.13';
    const outcomes = await repeat(3, async (round) =>
      [
        ...(await repeat(4, (i) =>
          login(t, forgetful.email, wrongPassword(round * 4 + i), address),
        )),
        await login(t, forgetful.email, FACTORY_PASSWORD, address),
      ].join(' '),
    );
    expect(outcomes).toEqual(
      Array(3).fill('UNAUTHENTICATED UNAUTHENTICATED UNAUTHENTICATED UNAUTHENTICATED OK'),
    );
  });
});

describe('TRUST_PROXY decides whose X-Forwarded-For is believed', () => {
  it(
    'with two trusted hops, the address two hops back is the client',
    async () => {
      const t = await startTestApp({ worker: false, env: { TRUST_PROXY: '2' } });
      try {
        // The client 203.0.113.5 behind a load balancer (varying node) and our reverse proxy.
        const failures = await repeat(31, (i) =>
          login(t, `guess-${i}@example.org`, 'Some-password-123', `203.0.113.5, 10.1.0.${i + 1}`),
        );
        expect(failures.slice(0, 30)).toEqual(Array(30).fill('UNAUTHENTICATED'));
        expect(failures[30]).toBe('RATE_LIMITED');
        expect(
          await login(t, 'someone@example.org', 'Some-password-123', '203.0.113.6, 10.1.0.1'),
        ).toBe('UNAUTHENTICATED');
      } finally {
        await t.close();
      }
    },
    MANY_SIGN_INS_MS,
  );

  it(
    'ignores a header forged by a client that is not a trusted proxy',
    async () => {
      // The trusted proxy is elsewhere; this test client (loopback) talks to the app directly.
      const t = await startTestApp({ worker: false, env: { TRUST_PROXY: '10.0.0.0/8' } });
      try {
        const failures = await repeat(31, (i) =>
          login(t, `guess-${i}@example.org`, 'Some-password-123', `192.0.2.${i + 1}`),
        );
        expect(failures.slice(0, 30)).toEqual(Array(30).fill('UNAUTHENTICATED'));
        expect(failures[30]).toBe('RATE_LIMITED');
      } finally {
        await t.close();
      }
    },
    MANY_SIGN_INS_MS,
  );
});
