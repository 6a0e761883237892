// SPDX-License-Identifier: EUPL-1.2
import { SignJWT } from 'jose';
import { AppConfig } from 'src/config/app-config';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import {
  InvalidUnsubscribeTokenError,
  UNSUBSCRIBE_AUDIENCE,
  UNSUBSCRIBE_ISSUER,
  UNSUBSCRIBE_TOKEN_TTL_SECONDS,
  UnsubscribeTokens,
} from 'src/modules/notifications/email/unsubscribe-token';

const MEMBER = '6f1c2d3e-4a5b-4c6d-8e7f-901234567890';
const config = AppConfig.from(AppConfig.parse({}, { DATABASE_URL: 'postgres://x@h/db' }));
const key = new TextEncoder().encode(config.env.UNSUBSCRIBE_TOKEN_SECRET);

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InvalidUnsubscribeTokenError) return error.reason;
    throw error;
  }
  throw new Error('expected the token to be refused');
}

describe(UnsubscribeTokens.name, () => {
  const sut = new UnsubscribeTokens(config);

  it('round-trips (member, kind), DIGEST included', async () => {
    for (const kind of [NotificationKind.ANSWER_TO_MY_QUESTION, NotificationKind.DIGEST])
      expect(await sut.verify(await sut.sign(MEMBER, kind))).toEqual({ memberId: MEMBER, kind });
  });

  it('keys the member by the normalised (lower-case) id, however the token spells it', async () => {
    const shouted = await sut.sign(MEMBER.toUpperCase(), NotificationKind.DIGEST);
    expect(await sut.verify(shouted)).toEqual({
      memberId: MEMBER,
      kind: NotificationKind.DIGEST,
    });
  });

  it('expires after 60 days', async () => {
    const sixtyOneDaysAgo = new Date(Date.now() - (UNSUBSCRIBE_TOKEN_TTL_SECONDS + 86_400) * 1000);
    const old = await sut.sign(MEMBER, NotificationKind.DIGEST, sixtyOneDaysAgo);
    expect(await reasonOf(sut.verify(old))).toBe('EXPIRED');
    const recent = await sut.sign(MEMBER, NotificationKind.DIGEST, new Date(Date.now() - 86_400e3));
    await expect(sut.verify(recent)).resolves.toMatchObject({ memberId: MEMBER });
  });

  it('tells forged, expired and malformed tokens apart', async () => {
    const token = await sut.sign(MEMBER, NotificationKind.MY_ANSWER_ACCEPTED);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const tampered = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
        kind: 'DIGEST',
      }),
    ).toString('base64url');
    const claims = (aud: string, exp: number, kind: string = 'DIGEST', sub = MEMBER) =>
      new SignJWT({ kind })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setIssuer(UNSUBSCRIBE_ISSUER)
        .setAudience(aud)
        .setExpirationTime(exp);
    const soon = Math.floor(Date.now() / 1000) + 60;
    const cases: [string, string][] = [
      ['FORGED', `${header}.${tampered}.${signature}`],
      ['FORGED', `${header}.${payload}.${'A'.repeat(43)}`],
      [
        'FORGED',
        await claims(UNSUBSCRIBE_AUDIENCE, soon).sign(new TextEncoder().encode('x'.repeat(40))),
      ],
      ['EXPIRED', await claims(UNSUBSCRIBE_AUDIENCE, soon - 120).sign(key)],
      ['MALFORMED', await claims('samrad-api', soon).sign(key)],
      ['MALFORMED', await claims(UNSUBSCRIBE_AUDIENCE, soon, 'EVERYTHING').sign(key)],
      ['MALFORMED', await claims(UNSUBSCRIBE_AUDIENCE, soon, 'DIGEST', 'kth').sign(key)],
      ['MALFORMED', 'not-a-token'],
      ['MALFORMED', ''],
      ['MALFORMED', `${token}${'x'.repeat(2000)}`],
    ];
    for (const [reason, bad] of cases) expect(await reasonOf(sut.verify(bad))).toBe(reason);
  });
});
