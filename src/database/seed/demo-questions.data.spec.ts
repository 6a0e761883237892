// SPDX-License-Identifier: EUPL-1.2
import { DEVELOPMENT_SECRETS } from 'src/config/env.schema';
import worldCountries from 'world-countries';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { DEMO_ACCOUNTS, type DemoAccount } from 'src/database/seed/demo-accounts';
import {
  DEMO_QUESTIONS,
  type DemoAnswer,
  type DemoQuestion,
} from 'src/database/seed/demo-questions.data';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { markdownProblems } from 'src/modules/markdown/markdown';
import { Locale } from 'src/modules/members/locale.enum';
import { ORGANISATION_CATALOGUE } from 'src/modules/organisations/organisation-catalogue.data';
import { PiiScreener } from 'src/modules/screening/pii-screener';
import { organisationDictionaryOf } from 'src/modules/screening/organisation-dictionary';
import { TOPIC_CATALOGUE } from 'src/modules/taxonomy/topic-catalogue.data';

/** Limits of DOMAIN §7 as the question and answer inputs enforce them: [min, max] characters. */
const TITLE_LENGTH = [10, 200] as const;
const BODY_LENGTH = [20, 10_000] as const;

const accountByEmail = new Map(DEMO_ACCOUNTS.map((account) => [account.email, account]));
const organisationBySlug = new Map(
  ORGANISATION_CATALOGUE.map((organisation) => [organisation.slug, organisation]),
);
const topicSlugs = new Set(TOPIC_CATALOGUE.map((topic) => topic.slug));
const countryCodes = new Set(
  worldCountries
    .filter((country) => country.status === 'officially-assigned')
    .map((country) => country.cca2),
);

/** The screener the platform runs before anything is shared, over every member organisation. */
const screener = new PiiScreener(
  organisationDictionaryOf(ORGANISATION_CATALOGUE),
  DEVELOPMENT_SECRETS.SCREENING_FINGERPRINT_KEY,
);

const policy = new AccessPolicy();

function account(email: string): DemoAccount {
  const found = accountByEmail.get(email);
  if (!found) throw new Error(`${email} is not a demo account`);
  return found;
}

/** A demo account as a viewer; e-mails and slugs stand in for ids. */
function viewerOf(email: string): Viewer {
  const { organisationSlug, roles, locale } = account(email);
  return { memberId: email, sessionId: email, organisationId: organisationSlug, roles, locale };
}

/** The one read rule of DOMAIN §2, asked about a live question. */
function canRead(email: string, question: DemoQuestion): boolean {
  return policy.canRead(viewerOf(email), {
    sharingLevel: question.sharingLevel,
    authorId: question.authorEmail,
    authorOrganisationId: account(question.authorEmail).organisationSlug,
    recipientOrganisationIds: question.recipientOrganisationSlugs ?? [],
    recipientMemberIds: question.recipientEmails ?? [],
    directedToOrganisationIds: question.directedToSlugs ?? [],
    stage: 'LIVE',
  });
}

function isAuthorityExpert(email: string): boolean {
  const { roles, organisationSlug } = account(email);
  return (
    roles.includes(Role.EXPERT) && organisationBySlug.get(organisationSlug)?.kind === 'AUTHORITY'
  );
}

/** Every text of a question that is screened and rendered, labelled for failure messages. */
function textsOf(question: DemoQuestion): [label: string, text: string][] {
  return [
    ['title', question.title],
    ['body', question.body],
    ...question.answers.map((answer, i): [string, string] => [`answers[${i}]`, answer.body]),
  ];
}

const officialAnswers = (questions: readonly DemoQuestion[]): DemoAnswer[] =>
  questions.flatMap((question) => question.answers.filter((answer) => answer.official));

describe('DEMO_QUESTIONS', () => {
  const questions = DEMO_QUESTIONS.map((question) => [question.key, question] as const);
  const keys = new Set(DEMO_QUESTIONS.map((question) => question.key));

  it('has about forty questions with unique keys', () => {
    expect(DEMO_QUESTIONS.length).toBeGreaterThanOrEqual(35);
    expect(keys.size).toBe(DEMO_QUESTIONS.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  describe.each(questions)('%s', (_key, question) => {
    it('is asked, answered and voted on by demo accounts other than the asker', () => {
      expect(accountByEmail.has(question.authorEmail)).toBe(true);
      for (const answer of question.answers) {
        expect(accountByEmail.has(answer.authorEmail)).toBe(true);
        expect(answer.authorEmail).not.toBe(question.authorEmail);
        const votes = answer.helpfulVotes ?? [];
        expect(new Set(votes).size).toBe(votes.length);
        for (const voter of votes) {
          expect([voter, accountByEmail.has(voter)]).toEqual([voter, true]);
          expect(voter).not.toBe(question.authorEmail);
          expect(voter).not.toBe(answer.authorEmail);
        }
      }
    });

    it('is answered and voted on only by members who may read it', () => {
      const participants = question.answers.flatMap((answer) => [
        answer.authorEmail,
        ...(answer.helpfulVotes ?? []),
      ]);
      for (const email of participants)
        expect([email, canRead(email, question)]).toEqual([email, true]);
    });

    it('names recipients only where its level has them', () => {
      const organisations = question.recipientOrganisationSlugs ?? [];
      const members = question.recipientEmails ?? [];
      const directed = question.directedToSlugs ?? [];
      const askerOrganisation = account(question.authorEmail).organisationSlug;

      if (question.sharingLevel === SharingLevel.AMBER) {
        expect(organisations.length + directed.length).toBeGreaterThanOrEqual(1);
        expect(new Set(organisations).size).toBe(organisations.length);
        for (const slug of organisations) {
          expect([slug, organisationBySlug.has(slug)]).toEqual([slug, true]);
          expect(slug).not.toBe(askerOrganisation);
        }
      } else {
        expect(organisations).toEqual([]);
      }

      if (question.sharingLevel === SharingLevel.RED) {
        expect(members.length + directed.length).toBeGreaterThanOrEqual(1);
        expect(new Set(members).size).toBe(members.length);
        for (const email of members) {
          expect([email, accountByEmail.has(email)]).toEqual([email, true]);
          expect(email).not.toBe(question.authorEmail);
        }
      } else {
        expect(members).toEqual([]);
      }
    });

    it('is directed only to organisations that take questions, and never at AMBER_STRICT', () => {
      const directed = question.directedToSlugs ?? [];
      expect(new Set(directed).size).toBe(directed.length);
      for (const slug of directed) {
        expect([slug, organisationBySlug.get(slug)?.acceptsQuestions]).toEqual([slug, true]);
        expect(slug).not.toBe(account(question.authorEmail).organisationSlug);
      }
      if (question.sharingLevel === SharingLevel.AMBER_STRICT) expect(directed).toEqual([]);
    });

    it('ends in a status consistent with its answers', () => {
      const accepted = question.answers.filter((answer) => answer.accepted);
      expect(accepted.length).toBeLessThanOrEqual(1);
      expect(question.status === 'ANSWERED').toBe(accepted.length === 1);

      if (question.status === 'PENDING_REVIEW') {
        expect([SharingLevel.CLEAR, SharingLevel.GREEN]).toContain(question.sharingLevel);
        expect(question.answers).toEqual([]);
      }

      if (question.status === 'CLOSED') expect(question.closeReason).toBeDefined();
      else expect(question.closeReason).toBeUndefined();

      if (question.closeReason === 'DUPLICATE') {
        expect(question.duplicateOfKey).toBeDefined();
        expect(keys.has(question.duplicateOfKey ?? '')).toBe(true);
        expect(question.duplicateOfKey).not.toBe(question.key);
      } else {
        expect(question.duplicateOfKey).toBeUndefined();
      }
    });

    it('has official answers only by authority experts, shown with their organisation', () => {
      for (const answer of officialAnswers([question])) {
        expect([answer.authorEmail, isAuthorityExpert(answer.authorEmail)]).toEqual([
          answer.authorEmail,
          true,
        ]);
        expect(answer.attribution).not.toBe(Attribution.ANONYMOUS);
      }
    });

    it('uses existing topics and officially assigned ISO 3166-1 alpha-2 countries', () => {
      expect(question.topicSlugs.length).toBeGreaterThanOrEqual(1);
      expect(new Set(question.topicSlugs).size).toBe(question.topicSlugs.length);
      for (const slug of question.topicSlugs)
        expect([slug, topicSlugs.has(slug)]).toEqual([slug, true]);
      expect(new Set(question.countryCodes).size).toBe(question.countryCodes.length);
      for (const code of question.countryCodes)
        expect([code, countryCodes.has(code)]).toEqual([code, true]);
    });

    it('keeps its title and bodies within the limits', () => {
      const [titleMin, titleMax] = TITLE_LENGTH;
      const [bodyMin, bodyMax] = BODY_LENGTH;
      expect(question.title.length).toBeGreaterThanOrEqual(titleMin);
      expect(question.title.length).toBeLessThanOrEqual(titleMax);
      expect(question.title).not.toMatch(/\n/u);
      for (const [label, text] of textsOf(question).slice(1)) {
        expect([label, text.length >= bodyMin && text.length <= bodyMax]).toEqual([label, true]);
      }
    });

    it('screens clean: no personal data and no member organisation in any text', () => {
      const findings = textsOf(question).flatMap(([label, text]) =>
        screener.screen(text).map((finding) => `${label}: ${finding.kind} "${finding.text}"`),
      );
      expect(findings).toEqual([]);
    });

    it('holds Markdown the platform accepts', () => {
      const problems = textsOf(question)
        .slice(1)
        .flatMap(([label, text]) =>
          markdownProblems(text).map((problem) => `${label}: ${problem}`),
        );
      expect(problems).toEqual([]);
    });
  });

  it('covers both languages, every attribution and status, and the four common levels', () => {
    const used = <T>(pick: (question: DemoQuestion) => T | readonly T[] | undefined) =>
      new Set(DEMO_QUESTIONS.flatMap((question) => pick(question) ?? []));

    expect(used((q) => q.language)).toEqual(new Set(Object.values(Locale)));
    expect(used((q) => q.attribution)).toEqual(new Set(Object.values(Attribution)));
    expect(used((q) => q.status)).toEqual(
      new Set(['PENDING_REVIEW', 'OPEN', 'ANSWERED', 'CLOSED']),
    );
    for (const level of [
      SharingLevel.CLEAR,
      SharingLevel.GREEN,
      SharingLevel.AMBER,
      SharingLevel.RED,
    ])
      expect(used((q) => q.sharingLevel)).toContain(level);
    expect([...used((q) => q.closeReason)]).toEqual(
      expect.arrayContaining(['DUPLICATE', 'OUT_OF_SCOPE']),
    );
  });

  it('directs questions to the authorities, which answer some of them officially', () => {
    const directed = DEMO_QUESTIONS.filter((question) => (question.directedToSlugs ?? []).length);
    expect(directed.length).toBeGreaterThanOrEqual(6);

    const official = officialAnswers(DEMO_QUESTIONS);
    expect(official.length).toBeGreaterThanOrEqual(5);
    const authorities = new Set(
      official.map((answer) => account(answer.authorEmail).organisationSlug),
    );
    expect(authorities.size).toBeGreaterThanOrEqual(2);
  });

  it('has helpful votes and accepted answers in both languages', () => {
    const answers = DEMO_QUESTIONS.flatMap((question) => question.answers);
    expect(
      answers.filter((answer) => (answer.helpfulVotes ?? []).length > 0).length,
    ).toBeGreaterThanOrEqual(2);
    const answered = DEMO_QUESTIONS.filter((question) => question.status === 'ANSWERED');
    expect(new Set(answered.map((question) => question.language))).toEqual(
      new Set(Object.values(Locale)),
    );
  });
});
