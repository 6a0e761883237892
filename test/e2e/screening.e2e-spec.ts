// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { Locale } from 'src/modules/members/locale.enum';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { answerQuestion, askQuestion, organisationId } from 'test/factories/question.factory';
import { errorCode, startTestApp, type TestApp } from 'test/helpers/test-app';

const SCREEN = `query($text: String!) {
  screenText(text: $text) { kind field start end text fingerprint }
}`;

interface ScreeningFinding {
  kind: string;
  field: string | null;
  start: number;
  end: number;
  text: string;
  fingerprint: string;
}

describe('Personal-data screening while an author types (e2e)', () => {
  let t: TestApp;
  let member: SignedInMember;

  beforeAll(async () => {
    t = await startTestApp({ worker: false });
    member = await signedInMember(t);
  });

  afterAll(() => t.close());

  /** `null` sends no token at all, as a visitor would. */
  const screen = (text: string, token: string | null = member.accessToken) =>
    t.gql<{ screenText: ScreeningFinding[] }>(SCREEN, { text }, token ?? undefined);

  it('finds each kind of personal data and organisation name at its offsets', async () => {
    // Fictional data only (screening README): a printed example number, PTS's drama range.
    const text =
      'Doktoranden Anna Lindqvist på KTH, personnummer 811218-9876, ' +
      'nås på handledare@example.org eller 070-174 06 05.';
    const result = await screen(text);
    expect(result.errors).toBeUndefined();
    const findings = result.data!.screenText;
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['PERSON_NAME', 'Anna Lindqvist'],
      ['ORGANISATION_NAME', 'KTH'],
      ['PERSONAL_IDENTITY_NUMBER', '811218-9876'],
      ['EMAIL', 'handledare@example.org'],
      ['PHONE_NUMBER', '070-174 06 05'],
    ]);
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.field).toBeNull();
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  // Issue 11: every author met these false positives.
  it('does not flag the authorities that take questions, or "Inga" opening a sentence', async () => {
    const text =
      'Vi kontaktade Säkerhetspolisen och Säpo svarade snabbt. Enligt ISP (Inspektionen för ' +
      'strategiska produkter) krävs licens. Försvarsmakten hade inga invändningar. Inga åtgärder behövdes.';
    const result = await screen(text);
    expect(result.errors).toBeUndefined();
    expect(result.data!.screenText).toEqual([]);
  });

  it('still flags a university named beside an authority, and Inga as a name', async () => {
    const result = await screen('Säpo varnade KTH. Vi pratade med Inga Lindström på kansliet.');
    expect(result.data!.screenText.map((f) => [f.kind, f.text])).toEqual([
      ['ORGANISATION_NAME', 'KTH'],
      ['PERSON_NAME', 'Inga Lindström'],
    ]);
  });

  it('lets a question to ISP and its official answer name ISP without acknowledging anything', async () => {
    const isp = 'inspektionen-for-strategiska-produkter';
    const question = await askQuestion(t, member, {
      sharingLevel: 'AMBER',
      directedToIds: [await organisationId(t, isp)],
      body: 'Inga beslut är fattade än. Behöver vi licens från ISP för att skicka ritningarna?',
    });
    const expert = await signedInMember(t, { organisationSlug: isp, roles: [Role.EXPERT] });
    const answer = await answerQuestion(t, expert, question.id, {
      official: true,
      body:
        'Inspektionen för strategiska produkter svarar: ja, om konstruktionen finns i bilaga I ' +
        'krävs tillstånd från ISP. Säkerhetspolisen kan också ge råd.',
    });
    expect(answer).toMatchObject({ status: 'PUBLISHED', official: true });
  });

  it('finds nothing in a clean text', async () => {
    const result = await screen(
      'Vi fick en förfrågan om ett gemensamt laboratorium inom kvantteknik och avböjde efter en riskbedömning.',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.screenText).toEqual([]);
  });

  it('shows the intake notice in the viewer’s language, Swedish for visitors', async () => {
    const visitor = await t.gql<{ intakeNotice: string[] }>('{ intakeNotice }');
    expect(visitor.data!.intakeNotice.join(' ')).toContain('Säkerhetspolisen');
    const english = await signedInMember(t, { locale: Locale.EN });
    const member = await t.gql<{ intakeNotice: string[] }>(
      '{ intakeNotice }',
      {},
      english.accessToken,
    );
    expect(member.data!.intakeNotice.join(' ')).toContain('Swedish Security Service');
    expect(member.data!.intakeNotice).toHaveLength(3);
  });

  it('refuses a visitor without a token', async () => {
    const result = await screen('Anna Lindqvist på KTH', null);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data?.screenText).toBeUndefined();
  });

  it('refuses a text over 100 000 characters instead of screening it', async () => {
    expect(errorCode(await screen('a'.repeat(100_000)))).toBeUndefined();
    const result = await screen('a'.repeat(100_001));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'text',
        message: expect.stringContaining('100000'),
        reason: 'TOO_LONG',
        limit: 100000,
      },
    ]);
  });
});
